import { DateTime } from 'luxon';

import { addDays } from './local-date';

/** `2026-06-12T21:00:00+02:00`, `…Z`, seconds and milliseconds optional: an instant Date.parse reads exactly. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const HOUR_MS = 3_600_000;

/**
 * The local calendar of one time zone, with every conversion done by luxon and memoised: the start
 * of each local day, local wall-clock times, and the local date of an instant (found from the
 * day starts, so no offset is ever computed by hand). The rules hold one per zone (`calendarOf`).
 */
export class ZoneCalendar {
  private readonly dayStarts = new Map<string, number>();
  private readonly wallTimes = new Map<string, number>();

  constructor(readonly zone: string) {
    if (!DateTime.now().setZone(zone).isValid) throw new Error(`Fuseau horaire inconnu : « ${zone} »`);
  }

  /** The instant local midnight starts `date` (`YYYY-MM-DD`). */
  dayStart(date: string): number {
    let start = this.dayStarts.get(date);
    if (start === undefined) {
      start = DateTime.fromISO(date, { zone: this.zone }).toMillis();
      if (Number.isNaN(start)) throw new Error(`Date invalide : « ${date} »`);
      this.dayStarts.set(date, start);
    }
    return start;
  }

  /** The instant of the wall-clock `time` (`HH:mm`) on `date`; a time skipped by DST moves forward. */
  at(date: string, time: string): number {
    const key = `${date}T${time}`;
    let instant = this.wallTimes.get(key);
    if (instant === undefined) {
      instant = DateTime.fromISO(key, { zone: this.zone }).toMillis();
      if (Number.isNaN(instant)) throw new Error(`Heure invalide : « ${key} »`);
      this.wallTimes.set(key, instant);
    }
    return instant;
  }

  /** The instants a calendar week starts (its Monday `week`, local midnight) and ends (the next Monday). */
  weekBounds(week: string): { start: number; end: number } {
    return { start: this.dayStart(week), end: this.dayStart(addDays(week, 7)) };
  }

  /** The local date `YYYY-MM-DD` of an instant (epoch milliseconds). */
  localDate(instant: number): string {
    // The UTC date is the local one give or take a day (offsets stay within ±14 h).
    const guess = utcDate(instant);
    if (instant < this.dayStart(guess)) return addDays(guess, -1);
    const next = addDays(guess, 1);
    return instant < this.dayStart(next) ? guess : next;
  }

  /** An instant formatted in the zone with a luxon pattern (`dd/MM HH:mm`). */
  format(instant: number, pattern: string): string {
    return DateTime.fromMillis(instant, { zone: this.zone }).toFormat(pattern);
  }

  /** Epoch milliseconds of an ISO 8601 instant; one without an offset is read in the zone. */
  parse(iso: string): number {
    if (ISO_WITH_OFFSET.test(iso)) {
      const instant = Date.parse(iso);
      if (!Number.isNaN(instant)) return instant;
    }
    const parsed = DateTime.fromISO(iso, { zone: this.zone });
    if (!parsed.isValid) throw new Error(`Instant invalide : « ${iso} »`);
    return parsed.toMillis();
  }
}

const utcDates = new Map<number, string>();

/** The UTC date `YYYY-MM-DD` of an instant, memoised by day. */
function utcDate(instant: number): string {
  const day = Math.floor(instant / 86_400_000);
  let date = utcDates.get(day);
  if (date === undefined) {
    date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    utcDates.set(day, date);
  }
  return date;
}

const calendars = new Map<string, ZoneCalendar>();

/** The shared, memoised calendar of a zone. */
export function calendarOf(zone: string): ZoneCalendar {
  let calendar = calendars.get(zone);
  if (!calendar) {
    calendar = new ZoneCalendar(zone);
    calendars.set(zone, calendar);
  }
  return calendar;
}

export function toHours(ms: number): number {
  return ms / HOUR_MS;
}

export function toMillis(hours: number): number {
  return hours * HOUR_MS;
}

/** The instant a local date starts in `zone` (23 h and 25 h days included); Invalid Date for no date. */
export function startOfLocalDay(date: string, zone: string): Date {
  return DateTime.fromISO(date, { zone }).startOf('day').toJSDate();
}

/** The instant of a local date and wall-clock time `HH:mm` in `zone`; a time skipped by DST moves forward. */
export function localInstant(date: string, time: string, zone: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toJSDate();
}

/**
 * A local wall-clock time `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` in `zone` as an ISO instant with its
 * offset (`2026-03-29T00:00:00+01:00`), as the API reads it; null when it is no date.
 */
export function localIso(local: string, zone: string): string | null {
  const time = DateTime.fromISO(local, { zone });
  return time.isValid ? time.toISO({ suppressMilliseconds: true }) : null;
}
