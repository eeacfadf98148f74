// The load generator: autocannon in a process of its own, so that it does not share an event
// loop with the bench or the server under test.
//   runLoad(options)              plain autocannon options (JSON: url, connections, duration, requests…)
//   runLoad(options, { profile }) a module exporting `autocannonOptions(options)`, for requests
//                                 that need functions (a body per request, a path per connection)
// The child prints one JSON summary: requests/s, latencies, errors, timeouts, status codes.
import { fileURLToPath, pathToFileURL } from 'node:url';

import { runToEnd } from './processes.mjs';

const WORKER = fileURLToPath(import.meta.url);

export async function runLoad(options, { profile } = {}) {
  const args = [WORKER, JSON.stringify(options)];
  if (profile) args.push(profile);
  const { stdout } = await runToEnd(process.execPath, args, { label: 'autocannon' });
  return JSON.parse(stdout.trim().split('\n').pop());
}

/** The figures the scenarios report, from an autocannon result. */
export function summarize(result) {
  const codes = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) codes[code] = count;
  const count = (test) =>
    Object.entries(codes)
      .filter(([code]) => test(Number(code)))
      .reduce((sum, [, n]) => sum + n, 0);
  return {
    rps: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    status4xx: count((code) => code >= 400 && code < 500),
    status5xx: count((code) => code >= 500),
    codes,
    duration: result.duration,
  };
}

if (process.argv[1] === WORKER) {
  const { default: autocannon } = await import('autocannon');
  let options = JSON.parse(process.argv[2]);
  if (process.argv[3])
    options = (await import(pathToFileURL(process.argv[3]).href)).autocannonOptions(options);
  const result = await autocannon(options);
  process.stdout.write(`${JSON.stringify(summarize(result))}\n`);
}
