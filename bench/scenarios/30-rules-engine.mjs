// The rules engine on a month of 23 agents: the roster check, and the check of one assignment.
// Baseline in the same run: a structured clone of the same input (a fixed, memory-bound job),
// so that the ratio speaks of the engine, not of the machine.
import { createRequire } from 'node:module';

import { median, ms, quantile, timeSync } from '../stats.mjs';
import { prepareWeek } from '../support/planning.mjs';
import { signIn } from '../support/vigie.mjs';

export const name = 'rules';
export const title = 'Rules engine — a month of 23 agents';

/**
 * One assignment in the API path: PUT /api/shifts/:id/assignments/:agentId (locks, the agent's
 * neighbourhood loaded and checked before and after, insert, journal) against the DELETE of the
 * same assignment (locks, delete, journal; no rule to check), one request at a time.
 */
async function apiPath(vigie, runs) {
  const { token } = await signIn(vigie.url, 'chef');
  const week = await prepareWeek(vigie.url, token, { weeksAhead: 3, pairs: 1 });
  const [pair] = week.pairs;
  if (!pair) throw new Error('no lawful (shift, agent) pair found for the API path');
  const path = `${vigie.url}/api/shifts/${pair.shiftId}/assignments/${pair.agentId}`;
  const timed = async (method, expected) => {
    const started = process.hrtime.bigint();
    const response = await fetch(path, { method, headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (response.status !== expected) throw new Error(`${method} ${path}: ${response.status}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const put = [];
  const del = [];
  for (let i = 0; i < runs + 3; i++) {
    const a = await timed('PUT', 200);
    const b = await timed('DELETE', 204);
    if (i >= 3) {
      put.push(a);
      del.push(b);
    }
  }
  return { put, del };
}

export async function run({ shared, sharedPath, quick, log, vigie }) {
  const require = createRequire(import.meta.url);
  const { buildMonthFixture } = require(sharedPath('planning/roster.fixtures.js'));
  const input = buildMonthFixture({ agents: 23, days: 31, seed: 1 });
  const runs = quick ? 30 : 100;
  const agentId = input.agents[0].id;

  const check = timeSync(() => shared.checkRoster(input), { runs });
  const neighbourhood = timeSync(() => shared.checkAgentNeighbourhood(input, agentId), { runs: runs * 5 });
  const baseline = timeSync(() => structuredClone(input), { runs });
  const result = shared.checkRoster(input);
  const { put, del } = await apiPath(await vigie(), quick ? 10 : 30);

  const metrics = {
    assignments: input.assignments.length,
    shifts: input.shifts.length,
    check_ms_p50: median(check),
    check_ms_p95: quantile(check, 0.95),
    agent_check_ms_p50: median(neighbourhood),
    clone_baseline_ms_p50: median(baseline),
    check_vs_clone_ratio: median(check) / median(baseline),
    assign_api_ms_p50: median(put),
    unassign_api_ms_p50: median(del),
    assign_check_api_ms: median(put) - median(del),
    violations: result.violations.length,
    warnings: result.warnings.length,
  };
  log(
    `checkRoster p50 ${ms(metrics.check_ms_p50)} (goal < 20 ms), one agent ${ms(metrics.agent_check_ms_p50)}; ` +
      `PUT assignment ${ms(metrics.assign_api_ms_p50)}, DELETE ${ms(metrics.unassign_api_ms_p50)}`,
  );
  const markdown = [
    `Fixture: ${metrics.shifts} shifts, ${metrics.assignments} assignments (the month plus the 11 weeks of history the`,
    `12-week average needs), ${metrics.violations} violations and ${metrics.warnings} warnings found.`,
    '',
    '| measure | p50 | p95 |',
    '|---|---|---|',
    `| \`checkRoster\` (whole month, ${runs} runs) | ${ms(metrics.check_ms_p50)} | ${ms(metrics.check_ms_p95)} |`,
    `| \`checkAgentNeighbourhood\` (one agent, the API's check of an assignment) | ${ms(metrics.agent_check_ms_p50)} | ${ms(quantile(neighbourhood, 0.95))} |`,
    `| baseline: \`structuredClone\` of the same input | ${ms(metrics.clone_baseline_ms_p50)} | ${ms(quantile(baseline, 0.95))} |`,
    `| \`PUT /api/shifts/:id/assignments/:agentId\` (one assignment in the API path, ${put.length} runs) | ${ms(median(put))} | ${ms(quantile(put, 0.95))} |`,
    `| baseline: \`DELETE\` of the same assignment (same locks and journal, no rule to check) | ${ms(median(del))} | ${ms(quantile(del, 0.95))} |`,
    '',
    `Ratio check / clone: ${metrics.check_vs_clone_ratio.toFixed(2)}. Goal: < 20 ms at the median.`,
    `The check of one assignment costs about ${ms(metrics.assign_check_api_ms)} in the API path (PUT − DELETE at the`,
    "median: the agent's neighbourhood loaded from the database and checked, before and after the insert, and",
    "the overlap query), one request at a time against the run's Vigie.",
  ].join('\n');
  return { metrics, markdown };
}
