// The rules engine on a month of 23 agents: the roster check, and the check of one assignment.
// Baseline in the same run: a structured clone of the same input (a fixed, memory-bound job),
// so that the ratio speaks of the engine, not of the machine.
import { createRequire } from 'node:module';

import { median, ms, quantile, timeSync } from '../stats.mjs';

export const name = 'rules';
export const title = 'Rules engine — a month of 23 agents';

export async function run({ shared, sharedPath, quick, log }) {
  const require = createRequire(import.meta.url);
  const { buildMonthFixture } = require(sharedPath('planning/roster.fixtures.js'));
  const input = buildMonthFixture({ agents: 23, days: 31, seed: 1 });
  const runs = quick ? 30 : 100;
  const agentId = input.agents[0].id;

  const check = timeSync(() => shared.checkRoster(input), { runs });
  const neighbourhood = timeSync(() => shared.checkAgentNeighbourhood(input, agentId), { runs: runs * 5 });
  const baseline = timeSync(() => structuredClone(input), { runs });
  const result = shared.checkRoster(input);

  const metrics = {
    assignments: input.assignments.length,
    shifts: input.shifts.length,
    check_ms_p50: median(check),
    check_ms_p95: quantile(check, 0.95),
    agent_check_ms_p50: median(neighbourhood),
    clone_baseline_ms_p50: median(baseline),
    check_vs_clone_ratio: median(check) / median(baseline),
    violations: result.violations.length,
    warnings: result.warnings.length,
  };
  log(
    `checkRoster p50 ${ms(metrics.check_ms_p50)} (goal < 20 ms), one agent ${ms(metrics.agent_check_ms_p50)}`,
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
    '',
    `Ratio check / clone: ${metrics.check_vs_clone_ratio.toFixed(2)}. Goal: < 20 ms at the median.`,
  ].join('\n');
  return { metrics, markdown };
}
