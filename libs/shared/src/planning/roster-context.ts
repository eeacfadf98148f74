import { addDays, isIsoDate, isoWeekday, weekStart } from '../common/calendar/local-date';
import { calendarOf, ZoneCalendar } from '../common/calendar/zone-calendar';
import { RosterRule, Severity } from './planning.enum';
import {
  DerogableRule,
  RosterAbsence,
  RosterAgent,
  RosterAssignment,
  RosterDerogation,
  RosterFinding,
  RosterInput,
  RosterShift,
  RuleSet,
} from './roster.types';
import { nightMillis } from './shift-time.rules';

/** A shift with its instants converted once. Internal to the planning rules. */
export interface ShiftInfo {
  shift: RosterShift;
  start: number;
  end: number;
  /** Local date of the start: the working day the shift belongs to. */
  date: string;
}

export interface AbsenceInfo {
  absence: RosterAbsence;
  start: number;
  end: number;
}

/** A time interval [start, end), epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

/** One agent's assignments (sorted by start, then end, then shift id) and approved absences. */
export interface AgentRoster {
  agent: RosterAgent;
  shifts: ShiftInfo[];
  absences: AbsenceInfo[];
}

/** A finding with what orders it: the instant it is about and the agent's name. */
export interface RankedFinding {
  finding: RosterFinding;
  at: number;
  agentName: string;
}

/** The input indexed once: shifts converted lazily and cached, assignments grouped both ways. */
export class RosterContext {
  readonly rules: RuleSet;
  readonly calendar: ZoneCalendar;
  readonly from: string;
  readonly to: string;
  readonly agents = new Map<string, RosterAgent>();
  /** Agents by id, for the agents who have at least one known assignment or absence. */
  readonly rosters = new Map<string, AgentRoster>();
  /** Assigned agents of each shift, in assignment order, without duplicates. */
  readonly assignedTo = new Map<string, RosterAgent[]>();
  private readonly shifts = new Map<string, RosterShift>();
  private readonly infos = new Map<string, ShiftInfo>();
  private readonly nights = new Map<string, number>();
  /** Derogations by `${rule}|${agentId}`. */
  private readonly derogations = new Map<string, RosterDerogation[]>();
  private weeks?: string[];
  private inPeriodShifts?: ShiftInfo[];
  private windowWeeks?: string[];

  /** `onlyAgentId`: index that agent's assignments and absences only (a neighbourhood check). */
  constructor(
    readonly input: RosterInput,
    onlyAgentId?: string,
  ) {
    if (!isIsoDate(input.from) || !isIsoDate(input.to) || input.from > input.to) {
      throw new Error(`Période invalide : du « ${input.from} » au « ${input.to} »`);
    }
    this.rules = input.ruleSet;
    this.calendar = calendarOf(input.ruleSet.timeZone);
    this.from = input.from;
    this.to = input.to;
    for (const agent of input.agents) this.agents.set(agent.id, agent);
    for (const shift of input.shifts) this.shifts.set(shift.id, shift);
    this.indexAssignments(input.assignments, onlyAgentId);
    this.indexAbsences(input.absences, onlyAgentId);
    for (const derogation of input.derogations ?? []) {
      for (const agentId of new Set(derogation.agentIds)) {
        const key = `${derogation.rule}|${agentId}`;
        this.derogations.set(key, [...(this.derogations.get(key) ?? []), derogation]);
      }
    }
    for (const roster of this.rosters.values()) {
      roster.shifts.sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.shift.id, b.shift.id));
      roster.absences.sort((a, b) => a.start - b.start || a.end - b.end);
    }
  }

  private rosterOf(agent: RosterAgent): AgentRoster {
    let roster = this.rosters.get(agent.id);
    if (!roster) {
      roster = { agent, shifts: [], absences: [] };
      this.rosters.set(agent.id, roster);
    }
    return roster;
  }

  /** Unknown agents and shifts are skipped: nothing can be checked about them. */
  private indexAssignments(assignments: readonly RosterAssignment[], onlyAgentId?: string): void {
    const seen = new Set<string>();
    for (const { shiftId, agentId } of assignments) {
      if (onlyAgentId !== undefined && agentId !== onlyAgentId) continue;
      const agent = this.agents.get(agentId);
      const info = this.info(shiftId);
      const key = `${agentId}\u0000${shiftId}`;
      if (!agent || !info || seen.has(key)) continue;
      seen.add(key);
      this.rosterOf(agent).shifts.push(info);
      const assigned = this.assignedTo.get(shiftId);
      if (assigned) assigned.push(agent);
      else this.assignedTo.set(shiftId, [agent]);
    }
  }

  private indexAbsences(absences: readonly RosterAbsence[], onlyAgentId?: string): void {
    for (const absence of absences) {
      if (onlyAgentId !== undefined && absence.agentId !== onlyAgentId) continue;
      const agent = this.agents.get(absence.agentId);
      if (!agent) continue;
      const start = this.calendar.parse(absence.startsAt);
      const end = Math.max(start, this.calendar.parse(absence.endsAt));
      this.rosterOf(agent).absences.push({ absence, start, end });
    }
  }

  /**
   * A derogation for the agent on `rule` covering a day of [from, to] under whose `limit` the
   * roster is lawful (`admits`), the first decided in input order; undefined when none.
   */
  derogation(
    rule: DerogableRule,
    agentId: string,
    from: string,
    to: string,
    admits: (limit: number) => boolean,
  ): RosterDerogation | undefined {
    return this.derogations
      .get(`${rule}|${agentId}`)
      ?.find((d) => d.from <= to && from <= d.to && admits(d.limit));
  }

  /** The shift with its instants, converted on first use. */
  info(shiftId: string): ShiftInfo | undefined {
    let info = this.infos.get(shiftId);
    if (!info) {
      const shift = this.shifts.get(shiftId);
      if (!shift) return undefined;
      const start = this.calendar.parse(shift.startsAt);
      // A shift ending before it starts is read as empty rather than negative.
      const end = Math.max(start, this.calendar.parse(shift.endsAt));
      info = { shift, start, end, date: this.calendar.localDate(start) };
      this.infos.set(shiftId, info);
    }
    return info;
  }

  /** Every known shift whose local start date is in the period, by start. */
  periodShifts(): readonly ShiftInfo[] {
    if (!this.inPeriodShifts) {
      this.inPeriodShifts = [];
      for (const shift of this.shifts.values()) {
        const info = this.info(shift.id)!;
        if (this.inPeriod(info.date)) this.inPeriodShifts.push(info);
      }
      this.inPeriodShifts.sort((a, b) => a.start - b.start || compareText(a.shift.id, b.shift.id));
    }
    return this.inPeriodShifts;
  }

  inPeriod(date: string): boolean {
    return this.from <= date && date <= this.to;
  }

  /** Start of the period (local midnight of `from`) and its end (local midnight after `to`). */
  get periodSpan(): Span {
    return { start: this.calendar.dayStart(this.from), end: this.calendar.dayStart(addDays(this.to, 1)) };
  }

  /** The Mondays of the calendar weeks holding at least one day of the period. */
  periodWeeks(): readonly string[] {
    if (!this.weeks) {
      this.weeks = [];
      for (let monday = weekStart(this.from); monday <= this.to; monday = addDays(monday, 7)) {
        this.weeks.push(monday);
      }
    }
    return this.weeks;
  }

  /**
   * The Mondays of every window of `averageWindowWeeks` weeks holding a week of the period: from
   * `averageWindowWeeks` - 1 weeks before the first week of the period to as many after its last.
   */
  averageWeeks(): readonly string[] {
    if (!this.windowWeeks) {
      const weeks = this.periodWeeks();
      const extra = Math.max(0, this.rules.averageWindowWeeks - 1);
      const last = addDays(weeks[weeks.length - 1], 7 * extra);
      this.windowWeeks = [];
      for (let monday = addDays(weeks[0], -7 * extra); monday <= last; monday = addDays(monday, 7)) {
        this.windowWeeks.push(monday);
      }
    }
    return this.windowWeeks;
  }

  /** Monday 00:00 to the next Monday 00:00, local time (167 h or 169 h across a DST change). */
  weekSpan(monday: string): Span {
    return this.calendar.weekBounds(monday);
  }

  nightMillis(info: ShiftInfo): number {
    let night = this.nights.get(info.shift.id);
    if (night === undefined) {
      night = nightMillis(this.calendar, info.start, info.end, this.rules);
      this.nights.set(info.shift.id, night);
    }
    return night;
  }

  isNight(info: ShiftInfo): boolean {
    return this.nightMillis(info) >= this.rules.nightShiftMinHours * 3_600_000;
  }

  isWeekend(info: ShiftInfo): boolean {
    return isoWeekday(info.date) >= 6;
  }

  // French wording

  /** `dd/MM HH:mm`, local. */
  dayTime(instant: number): string {
    return this.calendar.format(instant, 'dd/MM HH:mm');
  }

  /** `HH:mm`, local. */
  time(instant: number): string {
    return this.calendar.format(instant, 'HH:mm');
  }

  /** « Patrouille de nuit du 12/06 ». */
  shiftName(info: ShiftInfo): string {
    return `${info.shift.label} du ${dayMonth(info.date)}`;
  }

  /** « Patrouille de nuit du 12/06 (21:00 – 07:00) ». */
  shiftWithTimes(info: ShiftInfo): string {
    return `${this.shiftName(info)} (${this.time(info.start)} – ${this.time(info.end)})`;
  }
}

export function finding(
  rule: RosterRule,
  severity: Severity,
  message: string,
  at: number,
  agent?: RosterAgent,
  shift?: ShiftInfo,
): RankedFinding {
  const result: RosterFinding = { rule, severity, message };
  if (agent) result.agentId = agent.id;
  if (shift) result.shiftId = shift.shift.id;
  return { finding: result, at, agentName: agent?.name ?? '' };
}

/** Merges intervals sorted by start into disjoint ones (touching ones joined). */
export function merge(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const { start, end } of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** Total length of spans sorted by start, overlaps counted once. */
export function unionLength(spans: readonly Span[]): number {
  return merge(spans).reduce((total, span) => total + span.end - span.start, 0);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `2026-06-12` → `12/06`. */
export function dayMonth(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}`;
}

/** `a`, `a et b`, `a, b et c`. */
export function enumerate(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** « Congé annuel » → « congé annuel »; an acronym (« RTT ») is kept. */
export function lowerFirst(text: string): string {
  const second = text.charAt(1);
  const acronym = second !== second.toLowerCase();
  return acronym ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** 3.5 → « 3,5 », 4 → « 4 ». */
export function decimalFr(value: number): string {
  return (Math.round(value * 10) / 10).toString().replace('.', ',');
}

/** « (Julien Lefebvre) », « (Julien Lefebvre, temps partiel à 80 %) ». */
export function whose(agent: RosterAgent): string {
  return agent.contractRatio === 1
    ? `(${agent.name})`
    : `(${agent.name}, temps partiel à ${Math.round(agent.contractRatio * 100)} %)`;
}

/** `n` followed by the singular or plural noun; French keeps 0 and 1 singular. */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${Math.abs(n) >= 2 ? plural : singular}`;
}
