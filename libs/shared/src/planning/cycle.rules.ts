import { addDays, addMonths, daysBetween } from '../common/calendar/local-date';

/**
 * A work cycle (cycle de travail, décret 2000-815 art. 4): a pattern of `days.length` days that
 * repeats from `startDate` (its day 1); each day is rest (null) or the id of one shift type.
 */
export interface CyclePattern {
  startDate: string;
  days: readonly (string | null)[];
}

export interface CycleDay {
  date: string;
  shiftTypeId: string;
}

/** The hours of a type, as its times read (`HH:mm`); an end before the start is the next day. */
export interface CycleShiftTimes {
  startTime: string;
  endTime: string;
}

/**
 * The 0-based day of the cycle on a local date. Counted in calendar dates, not 24 h steps, so a
 * change of clock (a 23 h or 25 h day) never shifts the pattern; dates before the start date
 * belong to earlier turns of the same cycle.
 */
export function cycleDayOf(cycle: CyclePattern, date: string): number {
  const length = cycle.days.length;
  return ((daysBetween(cycle.startDate, date) % length) + length) % length;
}

/** The working days of the cycle between two local dates, both included, in date order. */
export function expandCycle(cycle: CyclePattern, from: string, to: string): CycleDay[] {
  const days: CycleDay[] = [];
  if (cycle.days.length === 0) return days;
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const shiftTypeId = cycle.days[cycleDayOf(cycle, date)];
    if (shiftTypeId) days.push({ date, shiftTypeId });
  }
  return days;
}

/** The last day a roll-out starting on `from` may reach: six calendar months, minus a day. */
export function lastRolloutDay(from: string, months: number): string {
  return addDays(addMonths(from, months), -1);
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Minutes of a shift of these times (wall clock; crossing midnight ends the next day). */
export function shiftMinutes(times: CycleShiftTimes): number {
  const length = minutesOf(times.endTime) - minutesOf(times.startTime);
  return length > 0 ? length : length + 24 * 60;
}

/** The pattern's average hours a week: its shifts' hours over one turn, brought to 7 days. */
export function cycleHoursPerWeek(
  days: readonly (string | null)[],
  types: ReadonlyMap<string, CycleShiftTimes>,
): number {
  if (days.length === 0) return 0;
  let minutes = 0;
  for (const id of days) {
    const type = id ? types.get(id) : undefined;
    if (type) minutes += shiftMinutes(type);
  }
  return Math.round((minutes / 60 / days.length) * 7 * 10) / 10;
}

export interface CycleRestGap {
  /** 0-based day of the cycle whose shift starts too soon after the previous day's. */
  day: number;
  restHours: number;
}

/**
 * Where the pattern itself leaves less than `minRestHours` between one day's shift and the next
 * day's (the cycle wraps: the last day is followed by day 1). Wall-clock hours: what the chief
 * sees when he draws the pattern; the roll-out checks the real instants through the roster rules.
 */
export function cycleRestGaps(
  days: readonly (string | null)[],
  types: ReadonlyMap<string, CycleShiftTimes>,
  minRestHours: number,
): CycleRestGap[] {
  const gaps: CycleRestGap[] = [];
  const length = days.length;
  if (length < 2) return gaps;
  for (let day = 0; day < length; day++) {
    const previous = days[(day - 1 + length) % length];
    const current = days[day];
    const before = previous ? types.get(previous) : undefined;
    const type = current ? types.get(current) : undefined;
    if (!before || !type) continue;
    // The previous shift ends at its start + its length, counted from the previous midnight.
    const previousEnd = minutesOf(before.startTime) + shiftMinutes(before);
    const rest = (24 * 60 + minutesOf(type.startTime) - previousEnd) / 60;
    if (rest < minRestHours) gaps.push({ day, restHours: Math.round(rest * 10) / 10 });
  }
  return gaps;
}

/** Reasons of a roll-out's own for not placing a day, beside the roster rules. */
export const CycleSkipRule = {
  /** The day is published: a roll-out writes drafts, it does not change what agents were shown. */
  PUBLISHED_PERIOD: 'PUBLISHED_PERIOD',
  /** The cycle names a shift type that no longer exists or is archived. */
  SHIFT_TYPE_UNAVAILABLE: 'SHIFT_TYPE_UNAVAILABLE',
} as const;
