import { formatDateFr } from './french-format';

/**
 * Instants read in a time zone with the platform's Intl only: the light path, for every page of
 * the web app and for the API's reads (a date, a time of day). Arithmetic across a zone's changes
 * of hour (the instant of a local wall-clock time) needs luxon: zone-calendar.ts.
 */

/** The zone of the service, where it is not read from the rule set (clock, cron jobs, web display). */
export const SERVICE_TIME_ZONE = 'Europe/Paris';

/**
 * A date formatter built on first use: building one costs far more than formatting (a few ms on
 * a phone), and most pages need one or two of them.
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): (date: Date) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (date) => (format ??= new Intl.DateTimeFormat(locale, options)).format(date);
}

interface WallClock {
  instant: number;
  zone: string;
  date: string;
  time: string;
}

const clocks = new Map<string, Intl.DateTimeFormat>();
let lastRead: WallClock | undefined;

/**
 * The local date and time of an instant in `zone`, from one formatter per zone (a list shows both
 * for each entry: building a second formatter costs more than reading the parts twice). The last
 * instant read is kept: the date and the time of an entry are asked one after the other.
 */
function wallClock(instant: string | number | Date, zone: string): WallClock {
  const when = new Date(instant);
  const at = when.getTime();
  if (lastRead?.instant === at && lastRead.zone === zone) return lastRead;
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(zone, clock);
  }
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of clock.formatToParts(when)) part[type] = value;
  lastRead = {
    instant: at,
    zone,
    date: `${part.year}-${part.month}-${part.day}`,
    time: `${part.hour}:${part.minute}`,
  };
  return lastRead;
}

/** The local date `YYYY-MM-DD` of an instant in `zone` (the API passes its rule set's zone). */
export function localDateOf(instant: string | number | Date, zone: string = SERVICE_TIME_ZONE): string {
  return wallClock(instant, zone).date;
}

/** The local time `HH:mm` (24 h) of an instant in `zone`. */
export function localTimeOf(instant: string | number | Date, zone: string = SERVICE_TIME_ZONE): string {
  return wallClock(instant, zone).time;
}

/** Today in the service's zone, `YYYY-MM-DD`. */
export function todayInParis(now: Date = new Date()): string {
  return localDateOf(now, SERVICE_TIME_ZONE);
}

/** Whether [startsAt, endsAt) touches the local day `date` in `zone`. */
export function touchesDay(
  startsAt: string,
  endsAt: string,
  date: string,
  zone: string = SERVICE_TIME_ZONE,
): boolean {
  const last = localDateOf(Math.max(new Date(startsAt).getTime(), new Date(endsAt).getTime() - 1), zone);
  return localDateOf(startsAt, zone) <= date && date <= last;
}

/** Elapsed hours between two instants (a night across a change of hour lasts 7 h or 9 h). */
export function hoursBetween(startsAt: string, endsAt: string): number {
  return Math.max(0, new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 3_600_000;
}

/** An instant as a French reader writes it in `zone`: `04/12/2026 16:55` (24 h). */
export function formatInstantFr(instant: string | number | Date, zone: string = SERVICE_TIME_ZONE): string {
  const { date, time } = wallClock(instant, zone);
  return `${formatDateFr(date)} ${time}`;
}
