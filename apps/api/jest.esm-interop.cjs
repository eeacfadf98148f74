/**
 * NestJS 12 and a few of its dependencies ship ES modules only. Node 20 loads them from our
 * CommonJS build (require(esm)), but Jest on Node 20 cannot: its module runtime only requires
 * CommonJS. So Jest passes every .js file of node_modules through
 * test/support/esm-to-cjs.transformer.cjs, which converts only the files written as ES
 * modules; Jest caches the result.
 */
module.exports = {
  transformIgnorePatterns: [],
  jsTransform: {
    '^.+\\.m?js$': '<rootDir>/test/support/esm-to-cjs.transformer.cjs',
  },
};
