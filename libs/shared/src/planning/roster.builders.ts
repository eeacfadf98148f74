import { DateTime } from 'luxon';

import { AgentStatus, QualificationKind, StaffCategory } from '../agents/agent.enum';
import { addDays } from '../common/calendar/local-date';
import { SERVICE_TIME_ZONE } from '../common/calendar/zone-clock';
import { RosterRule } from './planning.enum';
import {
  DEFAULT_RULE_SET,
  RosterAbsence,
  RosterAgent,
  RosterAssignment,
  RosterFinding,
  RosterInput,
  RosterShift,
  RuleSet,
} from './roster.types';

/** Builders of the planning specs (test data, not used by the application). */

/** A local wall-clock time in Paris, `2026-06-12T21:00`, as an ISO instant with its offset. */
export function paris(local: string): string {
  return DateTime.fromISO(local, { zone: SERVICE_TIME_ZONE }).toISO()!;
}

export function agent(overrides: Partial<RosterAgent> = {}): RosterAgent {
  return {
    id: 'julien',
    name: 'Julien Lefebvre',
    status: AgentStatus.ACTIVE,
    category: StaffCategory.POLICE,
    contractRatio: 1,
    qualifications: [],
    ...overrides,
  };
}

/** An agent holding `kinds` since 2020, for good. */
export function qualified(kinds: QualificationKind[], overrides: Partial<RosterAgent> = {}): RosterAgent {
  return agent({
    qualifications: kinds.map((kind) => ({ kind, from: '2020-01-01', to: null })),
    ...overrides,
  });
}

/**
 * A shift from its local date and times, `2026-06-12 21:00-07:00` (an end not after the start is
 * the next day), open to everyone and needing nobody; its id is the spec itself unless overridden.
 */
export function shift(spec: string, overrides: Partial<RosterShift> = {}): RosterShift {
  const [date, times] = spec.split(' ');
  const [start, end] = times.split('-');
  return {
    id: spec,
    label: 'Patrouille',
    startsAt: paris(`${date}T${start}`),
    endsAt: paris(`${end <= start ? addDays(date, 1) : date}T${end}`),
    minAgents: 0,
    requirements: [],
    requiredForAll: [],
    categories: [],
    allowsTrainees: true,
    // The statutory break, as a service plans it on its long shifts (none is due under 6 h).
    breakMinutes: 20,
    ...overrides,
  };
}

export function absence(
  agentId: string,
  from: string,
  to: string,
  label = 'Congé annuel',
  id = `${agentId} ${from}`,
): RosterAbsence {
  return { id, agentId, startsAt: paris(from), endsAt: paris(to), label };
}

/** Every shift assigned to `agentId`. */
export function assignAll(agentId: string, shifts: readonly RosterShift[]): RosterAssignment[] {
  return shifts.map((s) => ({ shiftId: s.id, agentId }));
}

/**
 * A roster of one agent (Julien Lefebvre unless given) working every shift given, checked over
 * [from, to]; anything else overridden.
 */
export function roster(
  shifts: readonly RosterShift[],
  from: string,
  to: string,
  overrides: Partial<RosterInput> = {},
): RosterInput {
  const agents = overrides.agents ?? [agent()];
  return {
    ruleSet: DEFAULT_RULE_SET,
    agents,
    shifts,
    assignments: agents.length > 0 ? assignAll(agents[0].id, shifts) : [],
    absences: [],
    from,
    to,
    ...overrides,
  };
}

export function rules(overrides: Partial<RuleSet>): RuleSet {
  return { ...DEFAULT_RULE_SET, ...overrides };
}

/** Local shifts `HH:mm-HH:mm` on each day from `from` to `to` (both included). */
export function daily(
  from: string,
  to: string,
  times: string,
  overrides: Partial<RosterShift> = {},
): RosterShift[] {
  const shifts: RosterShift[] = [];
  for (let date = from; date <= to; date = addDays(date, 1))
    shifts.push(shift(`${date} ${times}`, overrides));
  return shifts;
}

/** Local shifts on the weekdays (Monday to Friday) from `from` to `to`. */
export function weekdays(from: string, to: string, times: string): RosterShift[] {
  return daily(from, to, times).filter((s) => {
    const day = new Date(`${s.id.slice(0, 10)}T00:00:00Z`).getUTCDay();
    return day !== 0 && day !== 6;
  });
}

export function only(findings: readonly RosterFinding[], rule: RosterRule): RosterFinding[] {
  return findings.filter((f) => f.rule === rule);
}
