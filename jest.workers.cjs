/**
 * Jest's default on two cores is one worker. The suites wait (on PostgreSQL, on the app, on the
 * compiler's cache) about as much as they compute, so two side by side still gain.
 */
module.exports = Math.max(2, require('node:os').availableParallelism() - 1);
