const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for an existing calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days from `from` to `to` (dates `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `date` plus `days` days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `date` plus `months` calendar months, clamped to the end of the month (2025-01-31 + 1 → 2025-02-28). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

let parisDay: Intl.DateTimeFormat | undefined;

/** Today in Europe/Paris, `YYYY-MM-DD` (the formatter, costly to build, is built once). */
export function todayInParis(now: Date = new Date()): string {
  parisDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' });
  return parisDay.format(now);
}

/** A date `YYYY-MM-DD` as a French reader writes it: `2026-03-12` → `12/03/2026`. */
export function formatDateFr(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

let dayAndMonth: Intl.DateTimeFormat | undefined;

/** A date `YYYY-MM-DD` as « 30 novembre » (the formatter, costly to build, is built once). */
export function frenchDayAndMonth(date: string): string {
  dayAndMonth ??= new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'long' });
  return dayAndMonth.format(new Date(`${date}T12:00:00Z`));
}

/** The month `YYYY-MM` of a date `YYYY-MM-DD` (a month is returned as is). */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The last day `YYYY-MM-DD` of the month of `date` (a date `YYYY-MM-DD` or a month `YYYY-MM`). */
export function endOfMonth(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

const shiftedDates = new Map<string, string>();

/** `addDays`, memoised: the rules step through the same few hundred dates over and over. */
export function plusDays(date: string, days: number): string {
  const key = `${date}${days}`;
  let shifted = shiftedDates.get(key);
  if (shifted === undefined) {
    shifted = addDays(date, days);
    shiftedDates.set(key, shifted);
  }
  return shifted;
}

const weekdays = new Map<string, number>();

/** ISO day of the week of a date `YYYY-MM-DD`: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  let weekday = weekdays.get(date);
  if (weekday === undefined) {
    weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
    weekdays.set(date, weekday);
  }
  return weekday;
}

/** The Monday `YYYY-MM-DD` of the calendar week of `date`. */
export function weekStart(date: string): string {
  return plusDays(date, 1 - isoWeekday(date));
}

/** How a French date and time field reads, shown as its placeholder. */
export const DATE_TIME_FR_PATTERN = 'jj/mm/aaaa hh:mm';

/** A wall-clock time `YYYY-MM-DDTHH:mm` as a French reader writes it: `04/12/2026 16:55` (24 h). */
export function formatDateTimeFr(local: string): string {
  return `${formatDateFr(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

const DATE_TIME_FR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+|\s*,\s*|\s+à\s+)(\d{1,2})\s*[:h]\s*(\d{2})$/i;

/**
 * A date and time typed the French way — day first, 24 h: `04/12/2026 16:55` (also `4/12/2026 9h05`
 * or `04/12/2026 à 16:55`) — as a wall-clock time `YYYY-MM-DDTHH:mm`; null when it is not one (a
 * month/day order such as `12/31/2026 10:00`, a 31 June, 24:00, a time in am/pm).
 */
export function parseDateTimeFr(text: string): string | null {
  const match = DATE_TIME_FR.exec(text.trim());
  if (!match) return null;
  const [day, month, year, hour, minute] = match.slice(1).map(Number);
  const pad = (value: number): string => String(value).padStart(2, '0');
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!isIsoDate(date) || hour > 23 || minute > 59) return null;
  return `${date}T${pad(hour)}:${pad(minute)}`;
}
