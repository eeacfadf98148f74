import { weekStart } from '../common/calendar/local-date';
import { calendarOf } from '../common/calendar/zone-calendar';
import { compareFrench } from '../common/french-order.rules';
import { countsTowardCoverage } from './coverage.rules';
import { hasValidQualification, localDate, shiftHours } from './roster.rules';
import { checkAgentNeighbourhood } from './roster.rules';
import { RosterAgent, RosterAssignment, RosterInput, RosterShift } from './roster.types';
import { inLoadHere, ratioHere } from './secondment-share.rules';
import { isNightShift } from './shift-time.rules';

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
  const agentsById = new Map(input.agents.map((agent) => [agent.id, agent]));
  // Indexed by agent and by shift: each trial checks one agent's own roster, never the whole one
  // (150 agents over 4 weeks: 15 s with whole-roster copies per candidate).
  const byAgent = new Map<string, RosterAssignment[]>();
  const byShift = new Map<string, RosterAssignment[]>();
  const spansOf = new Map<string, Span[]>();
  const spanOf = memoised((shift: RosterShift): Span => ({
    start: Date.parse(shift.startsAt),
    end: Date.parse(shift.endsAt),
  }));
  const absencesOf = groupBy(input.absences, (absence) => absence.agentId);
  const record = (assignment: RosterAssignment): void => {
    push(byAgent, assignment.agentId, assignment);
    push(byShift, assignment.shiftId, assignment);
    const shift = shiftsById.get(assignment.shiftId);
    if (shift) push(spansOf, assignment.agentId, spanOf(shift));
  };
  input.assignments.forEach(record);
  const added: RosterAssignment[] = [];
  const load = new Map<string, number>();
  // Nights taken in the period: a night goes first to who has had fewer. By hours alone, whoever
  // holds nights keeps the least day hours and is chosen for every night (10 of 28 on the demo).
  const nights = new Map<string, number>();
  const count = (assignment: RosterAssignment): void => {
    const shift = shiftsById.get(assignment.shiftId);
    const agent = agentsById.get(assignment.agentId);
    if (!shift || !agent || !inPeriod(shift, input) || !inLoadHere(agent, shift)) return;
    load.set(assignment.agentId, (load.get(assignment.agentId) ?? 0) + shiftHours(shift, ruleSet));
    if (isNightShift(shift, ruleSet))
      nights.set(assignment.agentId, (nights.get(assignment.agentId) ?? 0) + 1);
  };
  input.assignments.forEach(count);
  // Loads per hour of contract here: a seconded agent's is his convention's share of it.
  const ratios = new Map(
    input.agents.map((agent) => [agent.id, Math.max(ratioHere(agent, input.from, input.to), 0.1)]),
  );
  /** The agent's own roster with the shift added: what `checkAgentNeighbourhood` looks at. */
  const lawfulFor = (agent: RosterAgent, shift: RosterShift): boolean => {
    const mine = [...(byAgent.get(agent.id) ?? []), { shiftId: shift.id, agentId: agent.id }];
    const trial: RosterInput = {
      ...input,
      agents: [agent],
      shifts: mine.flatMap((a) => shiftsById.get(a.shiftId) ?? []),
      assignments: mine,
      absences: absencesOf.get(agent.id) ?? [],
    };
    return checkAgentNeighbourhood(trial, agent.id).length === 0;
  };

  const minWeeklyRest = ruleSet.minWeeklyRestHours * 3_600_000;
  for (const shift of shifts) {
    const day = localDate(shift.startsAt, ruleSet);
    const night = isNightShift(shift, ruleSet);
    const weekStartsAt = calendarOf(ruleSet.timeZone).weekBounds(weekStart(day)).start;
    const until = spanOf(shift).start;
    // Who fills places: trainees already on the shift do not (the coverage rule's count).
    const onShift = (): RosterAgent[] =>
      (byShift.get(shift.id) ?? [])
        .flatMap((assignment) => agentsById.get(assignment.agentId) ?? [])
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
      const taken = new Set((byShift.get(shift.id) ?? []).map((assignment) => assignment.agentId));
      const candidates = eligible
        .filter((agent) => !taken.has(agent.id))
        .map((agent) => ({
          agent,
          helps: [...missing].some((kind) => hasValidQualification(agent, kind as never, day)) ? 0 : 1,
          load: (load.get(agent.id) ?? 0) / ratios.get(agent.id)!,
          preference: options.preference?.(agent, shift) ?? 0,
          // Who had his weekly rest in the week already first: it must lie within the week.
          rested: restedBefore(spansOf.get(agent.id) ?? [], weekStartsAt, until, minWeeklyRest) ? 0 : 1,
          nights: night ? (nights.get(agent.id) ?? 0) / ratios.get(agent.id)! : 0,
        }))
        .sort(
          (a, b) =>
            a.helps - b.helps ||
            a.preference - b.preference ||
            a.rested - b.rested ||
            a.nights - b.nights ||
            a.load - b.load ||
            compareFrench(a.agent.name, b.agent.name),
        );
      const chosen = candidates.find(({ agent }) => lawfulFor(agent, shift));
      if (!chosen) break;
      const assignment = { shiftId: shift.id, agentId: chosen.agent.id };
      record(assignment);
      added.push(assignment);
      count(assignment);
      if (missing.size === 0 && onShift().length >= shift.minAgents) break;
    }
  }
  return added;
}

interface Span {
  start: number;
  end: number;
}

function memoised<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) push(groups, key(item), item);
  return groups;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function inPeriod(shift: RosterShift, input: RosterInput): boolean {
  const day = localDate(shift.startsAt, input.ruleSet);
  return day >= input.from && day <= input.to;
}

/**
 * Whether the agent has had his weekly rest already in the week of a shift, before it starts: a
 * free interval of `min` ms between the week's start and `until` (the shift's start). Such an
 * agent can work on to Sunday; the others still need one (the rest must lie within the week), so
 * the later shifts go first to those who rested. `spans`: the agent's shifts.
 */
function restedBefore(spans: readonly Span[], weekStartsAt: number, until: number, min: number): boolean {
  const within = spans
    .filter((span) => span.end > weekStartsAt && span.start < until)
    .sort((a, b) => a.start - b.start);
  let free = weekStartsAt;
  for (const span of within) {
    if (Math.min(span.start, until) - free >= min) return true;
    free = Math.max(free, span.end);
  }
  return until - free >= min;
}
