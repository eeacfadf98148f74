import { addDays, isoWeekday } from '../common/calendar/local-date';
import { calendarOf, toHours, ZoneCalendar } from '../common/calendar/zone-calendar';
import { RosterShift, RuleSet } from './roster.types';

/** What the time helpers need of a shift. */
export type ShiftTimes = Pick<RosterShift, 'startsAt' | 'endsAt'>;

/** The local date `YYYY-MM-DD`, in the rule set's zone, of an instant (ISO 8601 or epoch milliseconds). */
export function localDate(instant: string | number, ruleSet: Pick<RuleSet, 'timeZone'>): string {
  const calendar = calendarOf(ruleSet.timeZone);
  return calendar.localDate(typeof instant === 'number' ? instant : calendar.parse(instant));
}

/** Real elapsed hours of a shift: a night across a daylight-saving change lasts 7 h or 9 h, not 8. */
export function shiftHours(shift: ShiftTimes, ruleSet: Pick<RuleSet, 'timeZone'>): number {
  const calendar = calendarOf(ruleSet.timeZone);
  return toHours(Math.max(0, calendar.parse(shift.endsAt) - calendar.parse(shift.startsAt)));
}

/**
 * Milliseconds of [start, end) within the local night windows (`nightStart`–`nightEnd`, e.g.
 * 22:00–05:00, crossing midnight when the start is later than the end).
 */
export function nightMillis(
  calendar: ZoneCalendar,
  start: number,
  end: number,
  ruleSet: Pick<RuleSet, 'nightStart' | 'nightEnd'>,
): number {
  if (end <= start || ruleSet.nightStart === ruleSet.nightEnd) return 0;
  const crossesMidnight = ruleSet.nightStart > ruleSet.nightEnd;
  const last = calendar.localDate(end);
  let total = 0;
  // A window starting the day before may still run into the shift.
  for (let date = addDays(calendar.localDate(start), -1); date <= last; date = addDays(date, 1)) {
    const from = calendar.at(date, ruleSet.nightStart);
    const to = calendar.at(crossesMidnight ? addDays(date, 1) : date, ruleSet.nightEnd);
    total += Math.max(0, Math.min(end, to) - Math.max(start, from));
  }
  return total;
}

/** Hours of a shift worked at night (22:00–05:00 by default), DST-correct. */
export function nightHours(shift: ShiftTimes, ruleSet: RuleSet): number {
  const calendar = calendarOf(ruleSet.timeZone);
  return toHours(
    nightMillis(calendar, calendar.parse(shift.startsAt), calendar.parse(shift.endsAt), ruleSet),
  );
}

/** A night, for fairness: at least `nightShiftMinHours` of night work. */
export function isNightShift(shift: ShiftTimes, ruleSet: RuleSet): boolean {
  return nightHours(shift, ruleSet) >= ruleSet.nightShiftMinHours;
}

/** A weekend shift starts on a Saturday or a Sunday, local time. */
export function isWeekendShift(shift: ShiftTimes, ruleSet: Pick<RuleSet, 'timeZone'>): boolean {
  return isoWeekday(localDate(shift.startsAt, ruleSet)) >= 6;
}

/**
 * Hours as a French reader writes them: 9 → « 9 h », 9.5 → « 9 h 30 », 0.75 → « 0 h 45 ». Minutes
 * are rounded, or floored/ceiled so that a value just under (or over) a threshold never reads as it.
 */
export function formatHoursFr(hours: number, rounding: 'round' | 'floor' | 'ceil' = 'round'): string {
  // The nudge absorbs floating-point noise (10 h 59 is 658.999… minutes once divided and multiplied).
  const nudge = rounding === 'floor' ? 1e-6 : rounding === 'ceil' ? -1e-6 : 0;
  const minutes = Math[rounding](hours * 60 + nudge);
  const sign = minutes < 0 ? '-' : '';
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  return m === 0 ? `${sign}${h} h` : `${sign}${h} h ${String(m).padStart(2, '0')}`;
}
