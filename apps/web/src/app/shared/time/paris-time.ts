import { addDays, frenchDayAndMonth } from '@vigie/shared';

/**
 * Dates and times as the service reads them: always in Europe/Paris, whatever the zone of the
 * machine showing them. Pure, tested. Only the platform's Intl here: the lists that show dates
 * need no zone library (luxon is in paris-zone.ts, for the forms that compute instants).
 */
export const PARIS = 'Europe/Paris';

/**
 * A date formatter built on first use: building one costs far more than formatting (a few ms on
 * a phone), and most pages need one or two of them.
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): (date: Date) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (date) => (format ??= new Intl.DateTimeFormat(locale, options)).format(date);
}

let parisClock: Intl.DateTimeFormat | undefined;
let lastRead: { instant: number; date: string; time: string } | undefined;

/**
 * The date and time in Paris of an instant, from one formatter (a list shows both for each entry:
 * building a second formatter costs more than reading the parts twice). The last instant read is
 * kept: the date and the time of an entry are asked one after the other.
 */
function parisClockOf(instant: string | number | Date): { date: string; time: string } {
  const when = new Date(instant);
  const at = when.getTime();
  if (lastRead?.instant === at) return lastRead;
  parisClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: PARIS,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of parisClock.formatToParts(when)) part[type] = value;
  lastRead = {
    instant: at,
    date: `${part.year}-${part.month}-${part.day}`,
    time: `${part.hour}:${part.minute}`,
  };
  return lastRead;
}
// Dates `YYYY-MM-DD` carry no zone: they are read at noon UTC and written in UTC.
const WEEKDAY_SHORT = dateFormat('fr-FR', { timeZone: 'UTC', weekday: 'short' });
const WEEKDAY_LONG = dateFormat('fr-FR', { timeZone: 'UTC', weekday: 'long' });
const MONTH_YEAR = dateFormat('fr-FR', { timeZone: 'UTC', month: 'long', year: 'numeric' });

const noon = (date: string): Date => new Date(`${date}T12:00:00Z`);

/** The local date `YYYY-MM-DD` in Paris of an instant. */
export function parisDate(instant: string | number | Date): string {
  return parisClockOf(instant).date;
}

/** `HH:mm` in Paris. */
export function parisTime(instant: string | number | Date): string {
  return parisClockOf(instant).time;
}

/** « 06:00–14:00 ». */
export function timeRange(startsAt: string, endsAt: string): string {
  return `${parisTime(startsAt)}–${parisTime(endsAt)}`;
}

/** The seven dates of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** `2026-11-30` → `30/11`. */
export function dayMonth(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}`;
}

/** « lun. » */
export function weekdayShort(date: string): string {
  return WEEKDAY_SHORT(noon(date));
}

/** « Lundi 30 novembre ». */
export function longDay(date: string): string {
  const text = `${WEEKDAY_LONG(noon(date))} ${frenchDayAndMonth(date)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** « novembre 2026 » */
export function monthYear(date: string): string {
  return MONTH_YEAR(noon(date));
}

/** `dd/MM à HH:mm`, Paris: when a publication or a change happened. */
export function dayMonthAt(instant: string): string {
  return $localize`${dayMonth(parisDate(instant))} à ${parisTime(instant)}`;
}

/**
 * An absence's period in words: « du lun. 14/12 au ven. 18/12 » for whole days (midnight to
 * midnight), « le mer. 09/12 » for one day, « le mer. 09/12 de 08:00 à 17:00 » otherwise.
 */
export function periodLabel(startsAt: string, endsAt: string): string {
  const firstDay = parisDate(startsAt);
  const day = (date: string): string => `${weekdayShort(date)} ${dayMonth(date)}`;
  const wholeDays = parisTime(startsAt) === '00:00' && parisTime(endsAt) === '00:00';
  if (wholeDays) {
    const lastDay = parisDate(new Date(endsAt).getTime() - 1);
    return lastDay === firstDay
      ? $localize`le ${day(firstDay)}`
      : $localize`du ${day(firstDay)} au ${day(lastDay)}`;
  }
  const lastDay = parisDate(endsAt);
  return lastDay === firstDay
    ? $localize`le ${day(firstDay)} de ${parisTime(startsAt)} à ${parisTime(endsAt)}`
    : $localize`du ${day(firstDay)} ${parisTime(startsAt)} au ${day(lastDay)} ${parisTime(endsAt)}`;
}

/** The local days, in Paris, an interval [startsAt, endsAt) touches. */
export function touchesDay(startsAt: string, endsAt: string, date: string): boolean {
  const last = parisDate(Math.max(new Date(startsAt).getTime(), new Date(endsAt).getTime() - 1));
  return parisDate(startsAt) <= date && date <= last;
}

/** Elapsed hours between two instants (a night across a DST change lasts 7 h or 9 h). */
export function hoursBetween(startsAt: string, endsAt: string): number {
  return Math.max(0, new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 3_600_000;
}
