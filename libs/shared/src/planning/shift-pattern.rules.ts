import { isoWeekday } from '../common/calendar/local-date';

/** ISO days of the week, 1 Monday … 7 Sunday. */
export const ISO_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5, 6, 7];

/** The French initials and names of the ISO days, index 0 = Monday. */
export const WEEKDAY_SHORT_LABELS: readonly string[] = ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'];
export const WEEKDAY_LABELS: readonly string[] = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
];

/** The academic zones of metropolitan France (Lille: B). */
export const SCHOOL_ZONES = ['A', 'B', 'C'] as const;
export type SchoolZone = (typeof SCHOOL_ZONES)[number];

/** When a shift type runs: the part of the type this rule reads. */
export interface ShiftPattern {
  /** ISO days it runs on. */
  weekdays: readonly number[];
  /** Runs on public holidays too. */
  publicHolidays: boolean;
  /** Runs on school days only (a school exit). */
  schoolDaysOnly: boolean;
}

/** A school holiday period: local dates, both included (first and last day without class). */
export interface SchoolHolidayPeriod {
  start: string;
  end: string;
  label?: string;
}

/** The days a pattern is read against: public holidays and the zone's school holidays. */
export interface DayCalendar {
  /** Public holidays, `YYYY-MM-DD`. */
  publicHolidays: ReadonlySet<string>;
  /** The zone's school holidays; their first start and last end bound what the calendar knows. */
  schoolHolidays: readonly SchoolHolidayPeriod[];
}

/** The span of dates the school calendar knows, or null when it holds nothing. */
export function schoolCalendarSpan(calendar: Pick<DayCalendar, 'schoolHolidays'>): {
  from: string;
  to: string;
} | null {
  if (calendar.schoolHolidays.length === 0) return null;
  let from = calendar.schoolHolidays[0].start;
  let to = calendar.schoolHolidays[0].end;
  for (const period of calendar.schoolHolidays) {
    if (period.start < from) from = period.start;
    if (period.end > to) to = period.end;
  }
  return { from, to };
}

/**
 * A school day: Monday to Friday, not a public holiday, outside every holiday period, and within
 * the span the calendar knows. A date beyond it is not called a school day: a school exit is
 * better missing (the chief sees it and updates the calendar) than posted on a holiday.
 */
export function isSchoolDay(date: string, calendar: DayCalendar): boolean {
  if (isoWeekday(date) > 5 || calendar.publicHolidays.has(date)) return false;
  const span = schoolCalendarSpan(calendar);
  if (!span || date < span.from || date > span.to) return false;
  return !calendar.schoolHolidays.some((period) => period.start <= date && date <= period.end);
}

/** Whether a shift type runs on a local date `YYYY-MM-DD`. Pure: the calendar is passed in. */
export function shiftTypeRunsOn(type: ShiftPattern, date: string, calendar: DayCalendar): boolean {
  if (!type.weekdays.includes(isoWeekday(date))) return false;
  if (!type.publicHolidays && calendar.publicHolidays.has(date)) return false;
  return !type.schoolDaysOnly || isSchoolDay(date, calendar);
}

/** « lun, mar, jeu, ven », « tous les jours », « du lundi au vendredi ». */
export function describeWeekdays(weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].filter((day) => day >= 1 && day <= 7).sort((a, b) => a - b);
  if (days.length === 7) return 'tous les jours';
  if (days.length === 0) return 'aucun jour';
  const consecutive = days.every((day, index) => index === 0 || day === days[index - 1] + 1);
  if (consecutive && days.length >= 3) {
    return `du ${WEEKDAY_LABELS[days[0] - 1]} au ${WEEKDAY_LABELS[days[days.length - 1] - 1]}`;
  }
  return days.map((day) => WEEKDAY_SHORT_LABELS[day - 1]).join(', ');
}
