import { weekStart } from '../common/calendar/local-date';
import { calendarOf } from '../common/calendar/zone-calendar';
import { compareFrench } from '../common/french-order.rules';
import { countsTowardCoverage } from './coverage.rules';
import { hasValidQualification, localDate, shiftHours } from './roster.rules';
import { checkAgentNeighbourhood } from './roster.rules';
import { RosterAgent, RosterAssignment, RosterInput, RosterShift } from './roster.types';

export interface GreedyOptions {
  /** Only these shifts are filled (default: every shift starting in [from, to]). */
  shiftIds?: readonly string[];
  /** A tie-breaker between equally loaded agents (lower first), e.g. a brigade preference. */
  preference?: (agent: RosterAgent, shift: RosterShift) => number;
}

/**
 * A quick, lawful first roster: shifts in time order, each filled with the least loaded
 * operational agents (hours relative to contract; trainees never fill a place) who may hold it and whose assignment breaks no hard rule, those
 * holding a still-missing required qualification first. Existing assignments are kept. Returns
 * the new assignments only. Not optimal: the solver improves on it.
 */
export function greedyRoster(input: RosterInput, options: GreedyOptions = {}): RosterAssignment[] {
  const { ruleSet } = input;
  const targets = new Set(options.shiftIds ?? []);
  const shifts = input.shifts
    .filter((shift) => (options.shiftIds ? targets.has(shift.id) : inPeriod(shift, input)))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id));
  const shiftsById = new Map(input.shifts.map((shift) => [shift.id, shift]));
  const assignments: RosterAssignment[] = [...input.assignments];
  const added: RosterAssignment[] = [];
  const load = new Map<string, number>();
  for (const assignment of assignments) {
    const shift = shiftsById.get(assignment.shiftId);
    if (shift && inPeriod(shift, input)) {
      load.set(assignment.agentId, (load.get(assignment.agentId) ?? 0) + shiftHours(shift, ruleSet));
    }
  }

  for (const shift of shifts) {
    const day = localDate(shift.startsAt, ruleSet);
    // Who fills places: trainees already on the shift do not (the coverage rule's count).
    const onShift = (): RosterAgent[] =>
      assignments
        .filter((assignment) => assignment.shiftId === shift.id)
        .flatMap((assignment) => input.agents.find((agent) => agent.id === assignment.agentId) ?? [])
        .filter(countsTowardCoverage);
    const missingKinds = (): Set<string> => {
      const present = onShift();
      return new Set(
        shift.requirements
          .filter(
            (req) =>
              present.filter((agent) => hasValidQualification(agent, req.kind, day)).length < req.count,
          )
          .map((req) => req.kind),
      );
    };
    const eligible = input.agents.filter(
      (agent) =>
        countsTowardCoverage(agent) &&
        (shift.categories.length === 0 || shift.categories.includes(agent.category)) &&
        shift.requiredForAll.every((kind) => hasValidQualification(agent, kind, day)),
    );
    while (onShift().length < shift.minAgents || missingKinds().size > 0) {
      const missing = missingKinds();
      const taken = new Set(onShift().map((agent) => agent.id));
      const candidates = eligible
        .filter((agent) => !taken.has(agent.id))
        .map((agent) => ({
          agent,
          helps: [...missing].some((kind) => hasValidQualification(agent, kind as never, day)) ? 0 : 1,
          load: (load.get(agent.id) ?? 0) / Math.max(agent.contractRatio, 0.1),
          preference: options.preference?.(agent, shift) ?? 0,
          // Who had his weekly rest in the week already first: it must lie within the week.
          rested: restedBefore(input, assignments, shiftsById, agent.id, shift) ? 0 : 1,
        }))
        .sort(
          (a, b) =>
            a.helps - b.helps ||
            a.preference - b.preference ||
            a.rested - b.rested ||
            a.load - b.load ||
            compareFrench(a.agent.name, b.agent.name),
        );
      const chosen = candidates.find(({ agent }) => {
        const trial = { ...input, assignments: [...assignments, { shiftId: shift.id, agentId: agent.id }] };
        return checkAgentNeighbourhood(trial, agent.id).length === 0;
      });
      if (!chosen) break;
      const assignment = { shiftId: shift.id, agentId: chosen.agent.id };
      assignments.push(assignment);
      added.push(assignment);
      load.set(chosen.agent.id, (load.get(chosen.agent.id) ?? 0) + shiftHours(shift, ruleSet));
      if (missing.size === 0 && onShift().length >= shift.minAgents) break;
    }
  }
  return added;
}

function inPeriod(shift: RosterShift, input: RosterInput): boolean {
  const day = localDate(shift.startsAt, input.ruleSet);
  return day >= input.from && day <= input.to;
}

/**
 * Whether the agent has had his weekly rest already in the week of `shift`, before it starts: a
 * free interval of `minWeeklyRestHours` between the week's start and the shift. Such an agent can
 * work on to Sunday; the others still need one (the rest must lie within the week), so the later
 * shifts go first to those who rested.
 */
function restedBefore(
  input: RosterInput,
  assignments: readonly RosterAssignment[],
  shiftsById: ReadonlyMap<string, RosterShift>,
  agentId: string,
  shift: RosterShift,
): boolean {
  const { ruleSet } = input;
  const week = calendarOf(ruleSet.timeZone).weekBounds(weekStart(localDate(shift.startsAt, ruleSet)));
  const until = Date.parse(shift.startsAt);
  const min = ruleSet.minWeeklyRestHours * 3_600_000;
  const spans = assignments
    .filter((a) => a.agentId === agentId)
    .flatMap((a) => shiftsById.get(a.shiftId) ?? [])
    .map((s) => ({ start: Date.parse(s.startsAt), end: Date.parse(s.endsAt) }))
    .filter((span) => span.end > week.start && span.start < until)
    .sort((a, b) => a.start - b.start);
  let free = week.start;
  for (const span of spans) {
    if (Math.min(span.start, until) - free >= min) return true;
    free = Math.max(free, span.end);
  }
  return until - free >= min;
}
