import { addDays, daysBetween, isoWeekday } from '../common/calendar/local-date';
import { calendarOf, toHours } from '../common/calendar/zone-calendar';
import { SERVICE_TIME_ZONE } from '../common/calendar/zone-clock';
import type {
  OvertimeByKindResponse,
  OvertimeMonthResponse,
  WorkedCompensation,
} from './time-account.response';
import { scheduledHours, WeeklySchedule } from './time-basis.rules';

/**
 * The time accounts' rules (issue 22 points 1–3): hours due, planned and worked, overtime by kind.
 * Pure: the API feeds them the agent, his shifts, his worked records and the public holidays.
 */
export interface TimeAccountRules {
  timeZone: string;
  /** Hours of a full-time year: 1 600 h + 7 h of the journée de solidarité (décret 2000-815 art. 1). */
  annualHours: number;
  /** A full-time week (décret 2000-815 art. 1: 35 h); its fifth is the standard day. */
  fullTimeWeeklyHours: number;
  /** Night overtime, local `HH:mm` (décret 2002-60 art. 4: 22 h to 7 h). */
  nightStart: string;
  nightEnd: string;
  /**
   * Overtime a month before the warning, full time (décret 2002-60 art. 6: « contingent mensuel »
   * of 25 h); a part-timer's is pro rata of his ratio (décret 82-624 art. 3: 20 h at 80 %).
   */
  monthlyOvertimeCeiling: number;
}

export const DEFAULT_TIME_ACCOUNT_RULES: TimeAccountRules = {
  timeZone: SERVICE_TIME_ZONE,
  annualHours: 1607,
  fullTimeWeeklyHours: 35,
  nightStart: '22:00',
  nightEnd: '07:00',
  monthlyOvertimeCeiling: 25,
};

/** A closed range of local dates. */
export interface DateRange {
  from: string;
  to: string;
}

export interface ServicePeriod {
  /** First day in the service. */
  hireDate: string;
  /** Last day in the service; null while he stays. */
  departureDate: string | null;
  /** 1 for full time, 0.8 for 80 %. */
  contractRatio: number;
}

export function daysInYear(year: number): number {
  return daysBetween(`${year}-01-01`, `${year + 1}-01-01`);
}

/** The days of `year` the agent is in the service, less those out of it (disponibilité, unpaid leave). */
export function daysInService(
  agent: ServicePeriod,
  year: number,
  outOfService: readonly DateRange[] = [],
): number {
  const from = maxDate(agent.hireDate, `${year}-01-01`);
  const to = minDate(agent.departureDate ?? `${year}-12-31`, `${year}-12-31`);
  if (to < from) return 0;
  let days = daysBetween(from, to) + 1;
  // Periods are merged first so two overlapping records never take a day twice.
  for (const period of mergeRanges(outOfService)) {
    const start = maxDate(period.from, from);
    const end = minDate(period.to, to);
    if (end >= start) days -= daysBetween(start, end) + 1;
  }
  return days;
}

/**
 * Hours due for the year (décret 2000-815 art. 1: 1 607 h, journée de solidarité included, loi
 * 2004-626), pro rata of the contract ratio and of the days in the service over the days of the
 * year (366 in a leap year, so a full leap year still owes 1 607 h). Days out of the service without
 * pay (disponibilité, congé sans traitement) reduce it; sickness does not: it counts as service done
 * (see `creditedAbsenceHours`).
 */
export function hoursDue(
  agent: ServicePeriod,
  year: number,
  rules: Pick<TimeAccountRules, 'annualHours'> = DEFAULT_TIME_ACCOUNT_RULES,
  outOfService: readonly DateRange[] = [],
): number {
  const share = daysInService(agent, year, outOfService) / daysInYear(year);
  return round2(rules.annualHours * agent.contractRatio * share);
}

/**
 * The stretch of `year` an account covers. It opens on 1 January, or on the first day of the
 * service's published roster when Vigie's roster began later (a service adopting Vigie in the year
 * opens its accounts then, at zero: nothing before is known), and runs to the last published day,
 * or today when the roster is published no further. Hours due to date are counted over it.
 */
export function countedPeriod(
  year: number,
  firstPublishedDay: string | null,
  lastPublishedDay: string | null,
  today: string,
): DateRange {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const from =
    firstPublishedDay && firstPublishedDay > yearStart ? minDate(firstPublishedDay, yearEnd) : yearStart;
  const through = maxDate(lastPublishedDay ?? today, today);
  return { from, to: minDate(through, yearEnd) };
}

/** Hours due over `range` of `year` only (same rule as `hoursDue`, the days outside left out). */
export function hoursDueWithin(
  agent: ServicePeriod,
  year: number,
  range: DateRange,
  rules: Pick<TimeAccountRules, 'annualHours'> = DEFAULT_TIME_ACCOUNT_RULES,
  outOfService: readonly DateRange[] = [],
): number {
  const within: ServicePeriod = {
    ...agent,
    hireDate: maxDate(agent.hireDate, range.from),
    departureDate: minDate(agent.departureDate ?? range.to, range.to),
  };
  return hoursDue(within, year, rules, outOfService);
}

/** An interval of time, epoch milliseconds, end excluded. */
export interface Interval {
  start: number;
  end: number;
}

export type OvertimeKind = keyof OvertimeByKindResponse;

/** One piece of time of one payroll kind, on the local date it falls on. */
export interface KindPiece {
  date: string;
  kind: OvertimeKind;
  hours: number;
}

/**
 * Splits an interval into pieces of one payroll kind (décret 2002-60 art. 4 and 8): night
 * (22:00–07:00) first, then public holiday, then Sunday, else day. An hour has one kind only, as the
 * increases « ne peuvent se cumuler » (art. 8); night wins because its increase (+100 %) is the
 * larger one (Sunday and holiday: +2/3), which is the reading most favourable to the agent. A
 * holiday falling on a Sunday is a holiday (same rate). Boundaries are local wall-clock times read
 * through the zone's calendar, so a 23 h or 25 h day counts its real hours.
 */
export function splitByKind(
  interval: Interval,
  holidays: ReadonlySet<string>,
  rules: Pick<TimeAccountRules, 'timeZone' | 'nightStart' | 'nightEnd'> = DEFAULT_TIME_ACCOUNT_RULES,
): KindPiece[] {
  const pieces: KindPiece[] = [];
  if (!(interval.end > interval.start)) return pieces;
  const calendar = calendarOf(rules.timeZone);
  const last = calendar.localDate(interval.end - 1);
  for (let date = calendar.localDate(interval.start); date <= last; date = addDays(date, 1)) {
    const dayStart = calendar.dayStart(date);
    const morning = calendar.at(date, rules.nightEnd);
    const evening = calendar.at(date, rules.nightStart);
    const next = calendar.dayStart(addDays(date, 1));
    const dayKind: OvertimeKind = holidays.has(date) ? 'holiday' : isoWeekday(date) === 7 ? 'sunday' : 'day';
    for (const [start, end, kind] of [
      [dayStart, morning, 'night'],
      [morning, evening, dayKind],
      [evening, next, 'night'],
    ] as const) {
      const hours = toHours(Math.min(end, interval.end) - Math.max(start, interval.start));
      if (hours > 0) pieces.push({ date, kind, hours });
    }
  }
  return pieces;
}

/**
 * Overtime of one occurrence: the worked time outside the planned one (décret 2002-60 art. 4: hours
 * beyond the bounds of the cycle, at the chief's request). A recall (nothing planned) is all of it.
 * A shift cut short is no negative overtime: its missing hours lower the hours worked, not the
 * overtime paid another day (an hour paid stays paid).
 */
export function overtimeIntervals(worked: Interval, planned: Interval | null): Interval[] {
  if (!planned || planned.end <= worked.start || planned.start >= worked.end) return [worked];
  const outside: Interval[] = [];
  if (worked.start < planned.start) outside.push({ start: worked.start, end: planned.start });
  if (worked.end > planned.end) outside.push({ start: planned.end, end: worked.end });
  return outside;
}

export function emptyOvertime(): OvertimeByKindResponse {
  return { day: 0, night: 0, sunday: 0, holiday: 0 };
}

export function overtimeTotal(overtime: OvertimeByKindResponse): number {
  return round2(overtime.day + overtime.night + overtime.sunday + overtime.holiday);
}

/** The overtime of one occurrence by kind. */
export function occurrenceOvertime(
  worked: Interval,
  planned: Interval | null,
  holidays: ReadonlySet<string>,
  rules: Pick<TimeAccountRules, 'timeZone' | 'nightStart' | 'nightEnd'> = DEFAULT_TIME_ACCOUNT_RULES,
): OvertimeByKindResponse {
  const overtime = emptyOvertime();
  for (const interval of overtimeIntervals(worked, planned)) {
    for (const piece of splitByKind(interval, holidays, rules)) overtime[piece.kind] += piece.hours;
  }
  return roundOvertime(overtime);
}

/** One agent on one shift, as the roster has him. */
export interface PlannedShift {
  shiftId: string;
  start: number;
  end: number;
  /** On a published day. */
  published: boolean;
}

/** What a supervisor recorded as worked; `shiftId` may be a shift the agent was not on (a recall). */
export interface WorkedRecord {
  shiftId: string;
  start: number;
  end: number;
  compensation: WorkedCompensation;
}

/** An approved absence crediting service done (sickness, training…), as instants. */
export interface CreditedAbsence {
  start: number;
  end: number;
}

export interface HoursInput {
  year: number;
  now: number;
  shifts: readonly PlannedShift[];
  records: readonly WorkedRecord[];
  /** Approved absences counted as service done at the standard day (sickness, training, shooting). */
  credited?: readonly CreditedAbsence[];
  contractRatio: number;
  holidays: ReadonlySet<string>;
  rules?: TimeAccountRules;
  /** The account's period (see `countedPeriod`): credited absence days outside it do not count. */
  counted?: DateRange;
  /**
   * A fixed schedule counting his hours over `periods` (the agent's service when he is counted by
   * schedule, his FIA when a rostered recruit trains), with all his approved absences.
   */
  scheduled?: { schedule: WeeklySchedule; periods: readonly DateRange[]; absences: readonly Interval[] };
}

export interface HoursResult {
  hoursPlanned: number;
  hoursDraft: number;
  hoursWorked: number;
  /** Published hours still to come, and credited absences to come. */
  hoursUpcoming: number;
  /** Of which hours credited by absences (sickness, training…) already past. */
  hoursCredited: number;
  overtime: OvertimeByKindResponse;
  overtimeMonths: OvertimeMonthResponse[];
  /** Hours of overtime turned into compensatory rest: the RECOVERY entitlement. */
  rested: number;
  /** Of the hours worked and to come, those of the fixed schedule (see `scheduledHours`). */
  hoursScheduled: number;
}

/**
 * Planned, draft and worked hours and overtime of one agent for one year. A shift counts in the
 * year its start falls in (local date). Worked: the supervisor's record when there is one, else the
 * published shift once it has ended; a draft shift without a record was never promised and counts
 * as nothing worked. The shift's whole length counts, its break included: the break of a patrol is
 * taken on duty, at the service's disposal (effective work, décret 2000-815 art. 2).
 */
export function accountHours(input: HoursInput): HoursResult {
  const rules = input.rules ?? DEFAULT_TIME_ACCOUNT_RULES;
  const calendar = calendarOf(rules.timeZone);
  const inYear = (instant: number): boolean => calendar.localDate(instant).startsWith(`${input.year}-`);
  const records = new Map(input.records.map((record) => [record.shiftId, record]));
  const months = new Map<string, { paid: OvertimeByKindResponse; rested: number }>();
  const overtime = emptyOvertime();
  let planned = 0;
  let draft = 0;
  let worked = 0;
  let upcoming = 0;
  let rested = 0;

  const addOvertime = (record: WorkedRecord, plannedInterval: Interval | null): void => {
    for (const interval of overtimeIntervals(record, plannedInterval)) {
      for (const piece of splitByKind(interval, input.holidays, rules)) {
        const month = piece.date.slice(0, 7);
        let entry = months.get(month);
        if (!entry) {
          entry = { paid: emptyOvertime(), rested: 0 };
          months.set(month, entry);
        }
        if (record.compensation === 'REST') {
          entry.rested += piece.hours;
          rested += piece.hours;
        } else {
          entry.paid[piece.kind] += piece.hours;
          overtime[piece.kind] += piece.hours;
        }
      }
    }
  };

  const onShift = new Set<string>();
  for (const shift of input.shifts) {
    if (!inYear(shift.start)) continue;
    onShift.add(shift.shiftId);
    const hours = toHours(shift.end - shift.start);
    if (shift.published) planned += hours;
    else draft += hours;
    const record = records.get(shift.shiftId);
    if (record) {
      worked += toHours(record.end - record.start);
      addOvertime(record, shift);
    } else if (shift.published) {
      if (shift.end <= input.now) worked += hours;
      else upcoming += hours;
    }
  }
  for (const record of input.records) {
    if (onShift.has(record.shiftId) || !inYear(record.start)) continue;
    // A recall: he was not on that shift, every hour of it is overtime.
    worked += toHours(record.end - record.start);
    addOvertime(record, null);
  }

  let credited = 0;
  const today = calendar.localDate(input.now);
  const standardDay = (rules.fullTimeWeeklyHours / 5) * input.contractRatio;
  for (const absence of input.credited ?? []) {
    for (const day of workingDayHours(absence, input.holidays, rules.timeZone)) {
      if (!day.date.startsWith(`${input.year}-`)) continue;
      if (input.counted && (day.date < input.counted.from || day.date > input.counted.to)) continue;
      const hours = Math.min(day.hours, standardDay);
      if (day.date < today) credited += hours;
      else upcoming += hours;
    }
  }
  worked += credited;

  let scheduled = 0;
  if (input.scheduled && input.scheduled.periods.length > 0) {
    // The roster counts the days it has him on: a published shift, or one a supervisor recorded.
    const rosteredDays = new Set<string>();
    for (const shift of input.shifts) {
      if (shift.published || records.has(shift.shiftId)) rosteredDays.add(calendar.localDate(shift.start));
    }
    for (const record of input.records) rosteredDays.add(calendar.localDate(record.start));
    const byDays = scheduledHours({
      year: input.year,
      now: input.now,
      schedule: input.scheduled.schedule,
      periods: input.scheduled.periods,
      holidays: input.holidays,
      absences: input.scheduled.absences,
      rosteredDays,
      counted: input.counted,
      timeZone: rules.timeZone,
    });
    worked += byDays.worked;
    upcoming += byDays.upcoming;
    scheduled = byDays.worked + byDays.upcoming;
  }
  const ceiling = rules.monthlyOvertimeCeiling * input.contractRatio;

  return {
    hoursPlanned: round2(planned),
    hoursDraft: round2(draft),
    hoursWorked: round2(worked),
    hoursUpcoming: round2(upcoming),
    hoursCredited: round2(credited),
    overtime: roundOvertime(overtime),
    overtimeMonths: [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, entry]) => {
        const paid = roundOvertime(entry.paid);
        return {
          month,
          paid,
          rested: round2(entry.rested),
          ceiling: round2(ceiling),
          overCeiling: overtimeTotal(paid) + entry.rested > ceiling + 1e-9,
        };
      }),
    rested: round2(rested),
    hoursScheduled: round2(scheduled),
  };
}

/**
 * The hours an absence covers on each working day (Monday to Friday, public holidays aside): the
 * days the décret's « cinq fois les obligations hebdomadaires » and the standard day of 7 h count.
 */
export function workingDayHours(
  absence: Interval,
  holidays: ReadonlySet<string>,
  timeZone: string = SERVICE_TIME_ZONE,
): { date: string; hours: number }[] {
  const days: { date: string; hours: number }[] = [];
  if (!(absence.end > absence.start)) return days;
  const calendar = calendarOf(timeZone);
  const last = calendar.localDate(absence.end - 1);
  for (let date = calendar.localDate(absence.start); date <= last; date = addDays(date, 1)) {
    if (isoWeekday(date) > 5 || holidays.has(date)) continue;
    const start = Math.max(absence.start, calendar.dayStart(date));
    const end = Math.min(absence.end, calendar.dayStart(addDays(date, 1)));
    if (end > start) days.push({ date, hours: toHours(end - start) });
  }
  return days;
}

/**
 * hoursWorked + hours still to come − hoursDue: positive when the year runs over its due hours,
 * negative when it falls short.
 */
export function projectedBalance(
  hours: Pick<HoursResult, 'hoursWorked' | 'hoursUpcoming'>,
  due: number,
  carried = 0,
): number {
  return round2(carried + hours.hoursWorked + hours.hoursUpcoming - due);
}

/**
 * The balance carried in at the opening + hoursWorked + published hours to come − the hours due over
 * the account's period to date: how far the agent runs ahead of (positive) or behind (negative) his
 * due hours on the roster as it stands.
 */
export function balanceToDate(
  hours: Pick<HoursResult, 'hoursWorked' | 'hoursUpcoming'>,
  dueToDate: number,
  carried = 0,
): number {
  return round2(carried + hours.hoursWorked + hours.hoursUpcoming - dueToDate);
}

/** Those drifting most from their due hours to date first (largest |balance|), then by name. */
export function compareDrift(a: { balanceToDate: number }, b: { balanceToDate: number }): number {
  return Math.abs(b.balanceToDate) - Math.abs(a.balanceToDate);
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function roundOvertime(overtime: OvertimeByKindResponse): OvertimeByKindResponse {
  return {
    day: round2(overtime.day),
    night: round2(overtime.night),
    sunday: round2(overtime.sunday),
    holiday: round2(overtime.holiday),
  };
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function mergeRanges(ranges: readonly DateRange[]): DateRange[] {
  const sorted = [...ranges].filter((r) => r.to >= r.from).sort((a, b) => a.from.localeCompare(b.from));
  const merged: DateRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.from <= addDays(last.to, 1)) {
      if (range.to > last.to) last.to = range.to;
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

/**
 * The intervals an agent worked: each record as recorded, else each published shift once ended
 * (the same reading as `accountHours`), for the payroll's hours by kind.
 */
export function workedIntervals(
  shifts: readonly PlannedShift[],
  records: readonly WorkedRecord[],
  now: number,
): Interval[] {
  const recorded = new Set(records.map((record) => record.shiftId));
  const intervals: Interval[] = records.map((record) => ({ start: record.start, end: record.end }));
  for (const shift of shifts) {
    if (!recorded.has(shift.shiftId) && shift.published && shift.end <= now) {
      intervals.push({ start: shift.start, end: shift.end });
    }
  }
  return intervals;
}

/** All hours worked within a month (`YYYY-MM`) by kind: the payroll's night, Sunday and holiday hours. */
export function workedHoursOfMonth(
  intervals: readonly Interval[],
  holidays: ReadonlySet<string>,
  month: string,
  rules: Pick<TimeAccountRules, 'timeZone' | 'nightStart' | 'nightEnd'> = DEFAULT_TIME_ACCOUNT_RULES,
): OvertimeByKindResponse {
  const totals = emptyOvertime();
  const calendar = calendarOf(rules.timeZone);
  const first = `${month}-01`;
  // Only the intervals touching the month are split (a day's margin: pieces are dated locally).
  const from = calendar.dayStart(addDays(first, -1));
  const to = calendar.dayStart(addDays(first, 32));
  for (const interval of intervals) {
    if (interval.end <= from || interval.start >= to) continue;
    for (const piece of splitByKind(interval, holidays, rules)) {
      if (piece.date.startsWith(`${month}-`)) totals[piece.kind] += piece.hours;
    }
  }
  return roundOvertime(totals);
}
