// The automatic planner for a pooled service (police pluricommunale): 150 agents and the shift
// plans of six communes over 4 weeks, every agent able to take any commune's shift. Built from
// the month fixture of the `planner` scenario, one per commune (its own seed: staff, absences,
// the 11 weeks already worked). Baseline in the same run: the greedy pass of the same instance.
import { createRequire } from 'node:module';
import { solverVersusGreedy } from '../support/planner.mjs';

export const name = 'planner-pooled';
export const title = 'Automatic planning — a pooled service, 150 agents, 4 weeks';

const COMMUNES = 6;
const AGENTS_PER_COMMUNE = 25;
const TIME_LIMIT_SECONDS = 30;
const GOALS = { seconds: 60, violations: 0 };

/** The fixture of one commune, its ids prefixed so that six of them sit side by side. */
function commune(fixture, prefix) {
  const id = (value) => `${prefix}-${value}`;
  return {
    agents: fixture.agents.map((agent) => ({
      ...agent,
      id: id(agent.id),
      name: `${agent.name} (${prefix})`,
    })),
    shifts: fixture.shifts.map((shift) => ({
      ...shift,
      id: id(shift.id),
      label: `${shift.label} — ${prefix}`,
    })),
    absences: fixture.absences.map((absence) => ({ ...absence, agentId: id(absence.agentId) })),
    assignments: fixture.assignments.map((a) => ({ shiftId: id(a.shiftId), agentId: id(a.agentId) })),
  };
}

export async function run({ shared, sharedPath, distPath, log }) {
  const require = createRequire(import.meta.url);
  const { buildMonthFixture } = require(sharedPath('planning/roster.fixtures.js'));
  const { proposeRoster } = require(distPath('modules/planning/planner/planner.js'));
  const from = '2026-06-01';
  const parts = Array.from({ length: COMMUNES }, (_, k) =>
    commune(buildMonthFixture({ agents: AGENTS_PER_COMMUNE, days: 28, seed: k + 1, from }), `c${k + 1}`),
  );
  const base = buildMonthFixture({ agents: 1, days: 28, seed: 1, from });
  const all = (key) => parts.flatMap((part) => part[key]);
  const fixture = { ...base, agents: all('agents'), shifts: all('shifts'), absences: all('absences') };
  const period = new Set(
    fixture.shifts
      .filter((shift) => shared.localDate(shift.startsAt, fixture.ruleSet) >= from)
      .map((s) => s.id),
  );
  const input = { ...fixture, assignments: all('assignments').filter((a) => !period.has(a.shiftId)) };
  const bugs = [];
  const started = Date.now();
  const result = await proposeRoster({
    input,
    plannable: period,
    wishes: [],
    timeLimitSeconds: TIME_LIMIT_SECONDS,
    onBug: (message) => bugs.push(message),
  });
  const seconds = (Date.now() - started) / 1000;
  const before = shared.checkRoster(input).violations.length;
  const after = shared.checkRoster({ ...input, assignments: [...input.assignments, ...result.proposal] })
    .violations.length;
  const { solver, greedy, firstFeasibleSeconds } = result.stats;
  const metrics = {
    agents: input.agents.length,
    shifts: period.size,
    first_feasible_s: firstFeasibleSeconds,
    returned_s: seconds,
    ...solverVersusGreedy(solver, greedy),
    new_violations: after - before,
    model_bugs: bugs.length,
  };
  const missed = [
    seconds > GOALS.seconds && `returned in ${seconds.toFixed(1)} s (goal ≤ ${GOALS.seconds} s)`,
    after - before > GOALS.violations && `${after - before} violation(s) added (goal 0)`,
  ].filter(Boolean);
  log(
    `${input.agents.length} agents, ${period.size} shifts: ${solver.filledPlaces}/${solver.requiredPlaces} places in ${seconds.toFixed(1)} s ` +
      `(first plan ${firstFeasibleSeconds} s); spreads hours ${solver.hoursSpread} vs ${greedy.hoursSpread}, nights ` +
      `${solver.nightsSpread} vs ${greedy.nightsSpread}, weekends ${solver.weekendsSpread} vs ${greedy.weekendsSpread}; ` +
      `${after - before} violation(s) added, ${bugs.length} model bug(s)`,
  );
  const markdown = [
    `${input.agents.length} agents, ${period.size} shifts to fill (${COMMUNES} communes' plans, ${from} + 4 weeks),`,
    `time limit ${TIME_LIMIT_SECONDS} s. Spreads over police officers: hours in % of contract hours,`,
    'nights and weekend shifts per full-time equivalent.',
    '',
    '| | first plan | returned | coverage | hours spread | nights spread | weekends spread | violations added |',
    '|---|---|---|---|---|---|---|---|',
    `| solver | ${firstFeasibleSeconds} s | ${seconds.toFixed(1)} s | ${solver.filledPlaces}/${solver.requiredPlaces} | ${solver.hoursSpread} | ${solver.nightsSpread} | ${solver.weekendsSpread} | ${after - before} |`,
    `| greedy | ${firstFeasibleSeconds} s | — | ${greedy.filledPlaces}/${greedy.requiredPlaces} | ${greedy.hoursSpread} | ${greedy.nightsSpread} | ${greedy.weekendsSpread} | — |`,
    '',
    missed.length ? `**Goals missed:** ${missed.join('; ')}.` : 'Every goal met.',
  ].join('\n');
  return { metrics, markdown };
}
