import { Grade } from '../agents/agent.enum';
import { addDays, isoWeekday } from '../common/calendar/local-date';
import { calendarOf } from '../common/calendar/zone-calendar';
import { SERVICE_TIME_ZONE } from '../common/calendar/zone-clock';
import { WEEKDAY_LABELS } from '../planning/shift-pattern.rules';
import type { DateRange, Interval } from './time-account.rules';

/**
 * How an agent's time is counted (issue 22, staff Vigie does not roster). Police and ASVP work the
 * roster; administrative staff work a fixed office week; a recruit in initial training (FIA) is
 * at work on his training days. Pure.
 */
export enum TimeBasis {
  /** The hours are the roster's: published shifts, or the supervisor's record. */
  ROSTER = 'ROSTER',
  /** The hours are a fixed weekly schedule's: its days are worked unless absent or a public holiday. */
  SCHEDULE = 'SCHEDULE',
}

export const TIME_BASIS_LABELS: Record<TimeBasis, string> = {
  [TimeBasis.ROSTER]: 'Planning Vigie',
  [TimeBasis.SCHEDULE]: 'Horaire fixe',
};

/** A fixed week: the ISO weekdays worked (1 = Monday) and the hours of each. */
export interface WeeklySchedule {
  weekdays: number[];
  dailyHours: number;
}

/** Administrative staff keep office hours; everybody else is rostered. */
export function defaultTimeBasis(grade: Grade): TimeBasis {
  return grade === Grade.ADMINISTRATIVE ? TimeBasis.SCHEDULE : TimeBasis.ROSTER;
}

/**
 * The office week by default: Monday to Friday, the standard day (35 h ÷ 5, décret 2000-815 art. 1)
 * × the contract ratio, so an 80 % agent owes and works 5.6 h a day unless given his own days.
 */
export function defaultSchedule(contractRatio: number, fullTimeWeeklyHours = 35): WeeklySchedule {
  return { weekdays: [1, 2, 3, 4, 5], dailyHours: round2((fullTimeWeeklyHours / 5) * contractRatio) };
}

/** The schedule's weekly hours. */
export function scheduleWeeklyHours(schedule: WeeklySchedule): number {
  return round2(schedule.weekdays.length * schedule.dailyHours);
}

/** « lundi–vendredi, 7 h par jour » / « lundi, mardi, jeudi, 7 h par jour ». */
export function describeSchedule(schedule: WeeklySchedule): string {
  const days = [...new Set(schedule.weekdays)].sort((a, b) => a - b);
  const consecutive = days.length > 2 && days.every((day, i) => i === 0 || day === days[i - 1] + 1);
  const list = consecutive
    ? `${WEEKDAY_LABELS[days[0] - 1]}–${WEEKDAY_LABELS[days[days.length - 1] - 1]}`
    : days.map((day) => WEEKDAY_LABELS[day - 1]).join(', ');
  return `${list}, ${formatHours(schedule.dailyHours)} par jour`;
}

/** The schedule's problem in French, or null (the API's 400 and the web form share it). */
export function scheduleProblem(schedule: WeeklySchedule): string | null {
  const days = schedule.weekdays;
  if (days.length === 0) return 'au moins un jour travaillé';
  if (days.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
    return 'jours de la semaine attendus de 1 (lundi) à 7 (dimanche)';
  }
  if (new Set(days).size !== days.length) return 'un jour figure deux fois';
  // décret 2000-815 art. 3: 10 h of work a day at most.
  if (!(schedule.dailyHours > 0) || schedule.dailyHours > 10) return 'heures par jour entre 0 et 10';
  // décret 2000-815 art. 3: 48 h a week at most.
  if (scheduleWeeklyHours(schedule) > 48) return '48 h par semaine au plus';
  return null;
}

export interface ScheduledInput {
  year: number;
  now: number;
  schedule: WeeklySchedule;
  /** The stretches the schedule counts (the agent's service, or his FIA), closed local dates. */
  periods: readonly DateRange[];
  holidays: ReadonlySet<string>;
  /** Every approved absence of the agent (leave, sickness…): its days are not worked by the schedule. */
  absences: readonly Interval[];
  /** Local dates on which the roster has him (a shift starting that day): the roster counts those. */
  rosteredDays: ReadonlySet<string>;
  /** The account's period: days outside it are not counted. */
  counted?: DateRange;
  timeZone?: string;
}

export interface ScheduledResult {
  /** Hours of the schedule's days before today. */
  worked: number;
  /** Hours of its days from today to the account's end. */
  upcoming: number;
  /** How many days were counted (past and to come). */
  days: number;
}

/**
 * The hours a fixed schedule makes worked: each of its weekdays within its periods, the account's
 * period and the year, unless a public holiday (a holiday is not worked: the 1 607 h already leave
 * the holidays out), a day with an absence (leave draws on its balance; sickness and training are
 * credited by `accountHours`) or a day the roster has him (the roster counts it). A day before today
 * is worked, today on is to come. Training time is working time (décret 2000-815 art. 2: « temps
 * pendant lequel les agents sont à la disposition de leur employeur »), so a recruit's FIA days count.
 */
export function scheduledHours(input: ScheduledInput): ScheduledResult {
  const calendar = calendarOf(input.timeZone ?? SERVICE_TIME_ZONE);
  const today = calendar.localDate(input.now);
  const absentDays = new Set<string>();
  for (const absence of input.absences) {
    if (!(absence.end > absence.start)) continue;
    const last = calendar.localDate(absence.end - 1);
    for (let date = calendar.localDate(absence.start); date <= last; date = addDays(date, 1)) {
      absentDays.add(date);
    }
  }
  const weekdays = new Set(input.schedule.weekdays);
  const counted = new Set<string>();
  let yearFrom = `${input.year}-01-01`;
  let yearTo = `${input.year}-12-31`;
  if (input.counted) {
    yearFrom = maxDate(yearFrom, input.counted.from);
    yearTo = minDate(yearTo, input.counted.to);
  }
  let worked = 0;
  let upcoming = 0;
  for (const period of input.periods) {
    const to = minDate(period.to, yearTo);
    for (let date = maxDate(period.from, yearFrom); date <= to; date = addDays(date, 1)) {
      if (counted.has(date) || !weekdays.has(isoWeekday(date))) continue;
      if (input.holidays.has(date) || absentDays.has(date) || input.rosteredDays.has(date)) continue;
      counted.add(date);
      if (date < today) worked += input.schedule.dailyHours;
      else upcoming += input.schedule.dailyHours;
    }
  }
  return { worked: round2(worked), upcoming: round2(upcoming), days: counted.size };
}

/**
 * The FIA period a recruitment records: from its « Début de formation » to its « Fin de formation »,
 * or, while the recruit is still in training, open (to `openEnd`, the account's end). A recruit who
 * completed his training without the end recorded has no period from here: HR records the milestone.
 */
export function trainingPeriod(
  started: string | null,
  completed: string | null,
  stillInTraining: boolean,
  openEnd: string,
): DateRange | null {
  if (!started) return null;
  if (completed) return completed >= started ? { from: started, to: completed } : null;
  return stillInTraining ? { from: started, to: maxDate(openEnd, started) } : null;
}

/** The days of `range` within the agent's service (arrival and departure days included). */
export function withinService(
  range: DateRange,
  hireDate: string,
  departureDate: string | null,
): DateRange | null {
  const from = maxDate(range.from, hireDate);
  const to = departureDate ? minDate(range.to, departureDate) : range.to;
  return to >= from ? { from, to } : null;
}

function formatHours(hours: number): string {
  const whole = Math.floor(hours + 1e-9);
  const minutes = Math.round((hours - whole) * 60);
  return minutes === 0 ? `${whole} h` : `${whole} h ${String(minutes).padStart(2, '0')}`;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
