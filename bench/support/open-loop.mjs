// An open-loop load: requests sent at random (Poisson) moments at a given overall rate, whether or
// not the earlier ones were answered, each timed from the moment it was due — so a slow server
// shows as latency instead of slowing the sender (no coordinated omission). Node's fetch keeps its
// connections alive and opens more when requests overlap.
import { quantile } from '../stats.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `request(i)` → `{ path, method?, headers?, body? }` to `url` at `rate` per second for
 * `seconds`; answers the rate served, p50/p99/max latency (ms), 5xx and failures (network errors
 * and answers after 10 s).
 */
export async function openLoop({ url, rate, seconds, request, random = Math.random }) {
  const latencies = [];
  const outcome = { status5xx: 0, status4xx: 0, errors: 0 };
  const inFlight = [];
  const started = performance.now();
  let due = 0;
  for (let i = 0; due < seconds * 1000; i++) {
    const wait = started + due - performance.now();
    if (wait > 1) await sleep(wait);
    const scheduled = started + due;
    const { path, method = 'GET', headers, body } = request(i);
    inFlight.push(
      fetch(`${url}${path}`, { method, headers, body, signal: AbortSignal.timeout(10_000) })
        .then(async (response) => {
          await response.arrayBuffer();
          latencies.push(performance.now() - scheduled);
          if (response.status >= 500) outcome.status5xx++;
          else if (response.status >= 400) outcome.status4xx++;
        })
        .catch(() => {
          outcome.errors++;
        }),
    );
    due += (-Math.log(1 - random()) / rate) * 1000;
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  return {
    rate,
    rps: latencies.length / elapsed,
    requests: inFlight.length,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: Math.max(...latencies),
    ...outcome,
  };
}
