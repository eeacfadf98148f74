import { isIsoDate } from './local-date';

/** A date `YYYY-MM-DD` as a French reader writes it: `2026-03-12` → `12/03/2026`. */
export function formatDateFr(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** A date `YYYY-MM-DD` as its day and month: `2026-11-30` → `30/11`. */
export function dayMonth(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}`;
}

let dayAndMonth: Intl.DateTimeFormat | undefined;

/** A date `YYYY-MM-DD` as « 30 novembre » (the formatter, costly to build, is built once). */
export function frenchDayAndMonth(date: string): string {
  dayAndMonth ??= new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'long' });
  return dayAndMonth.format(new Date(`${date}T12:00:00Z`));
}

let weekdayName: Intl.DateTimeFormat | undefined;

/** The day of the week of a date `YYYY-MM-DD` in French, lower case: « lundi ». */
export function frenchWeekday(date: string): string {
  weekdayName ??= new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long' });
  return weekdayName.format(new Date(`${date}T12:00:00Z`));
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
