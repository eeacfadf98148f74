import {
  dateFormat,
  dayMonth,
  frenchDayAndMonth,
  frenchWeekday,
  localDateOf,
  localTimeOf,
} from '@vigie/shared';

/**
 * Dates and times in the words of the pages (French, marked for translation). The calendar itself
 * — Paris dates and times of instants, weeks, formats — is libs/shared's (common/calendar).
 */

// Dates `YYYY-MM-DD` carry no zone: they are read at noon UTC and written in UTC.
const WEEKDAY_SHORT = dateFormat('fr-FR', { timeZone: 'UTC', weekday: 'short' });
const MONTH_YEAR = dateFormat('fr-FR', { timeZone: 'UTC', month: 'long', year: 'numeric' });

const noon = (date: string): Date => new Date(`${date}T12:00:00Z`);

/** « 06:00–14:00 ». */
export function timeRange(startsAt: string, endsAt: string): string {
  return `${localTimeOf(startsAt)}–${localTimeOf(endsAt)}`;
}

/** « lun. » */
export function weekdayShort(date: string): string {
  return WEEKDAY_SHORT(noon(date));
}

/** « Lundi 30 novembre ». */
export function longDay(date: string): string {
  const text = `${frenchWeekday(date)} ${frenchDayAndMonth(date)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** « novembre 2026 » */
export function monthYear(date: string): string {
  return MONTH_YEAR(noon(date));
}

/** `dd/MM à HH:mm`, Paris: when a publication or a change happened. */
export function dayMonthAt(instant: string): string {
  return $localize`${dayMonth(localDateOf(instant))} à ${localTimeOf(instant)}`;
}

/**
 * An absence's period in words: « du lun. 14/12 au ven. 18/12 » for whole days (midnight to
 * midnight), « le mer. 09/12 » for one day, « le mer. 09/12 de 08:00 à 17:00 » otherwise.
 */
export function periodLabel(startsAt: string, endsAt: string): string {
  const firstDay = localDateOf(startsAt);
  const day = (date: string): string => `${weekdayShort(date)} ${dayMonth(date)}`;
  const wholeDays = localTimeOf(startsAt) === '00:00' && localTimeOf(endsAt) === '00:00';
  if (wholeDays) {
    const lastDay = localDateOf(new Date(endsAt).getTime() - 1);
    return lastDay === firstDay
      ? $localize`le ${day(firstDay)}`
      : $localize`du ${day(firstDay)} au ${day(lastDay)}`;
  }
  const lastDay = localDateOf(endsAt);
  return lastDay === firstDay
    ? $localize`le ${day(firstDay)} de ${localTimeOf(startsAt)} à ${localTimeOf(endsAt)}`
    : $localize`du ${day(firstDay)} ${localTimeOf(startsAt)} au ${day(lastDay)} ${localTimeOf(endsAt)}`;
}
