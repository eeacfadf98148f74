/**
 * Local dates `YYYY-MM-DD`: calendar days with no zone and no clock (a day is a day wherever it is
 * read), so plain UTC arithmetic is exact. Where an instant meets a zone: zone-clock.ts (Intl,
 * light enough for every page) and zone-calendar.ts (luxon, for the rules and the forms that
 * compute instants).
 */

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAY_MS = 86_400_000;

/** True for an existing calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days from `from` to `to` (dates `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A memo bounded in size: the keys are dates, a long-running server would otherwise keep them all. */
function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= 50_000) known.clear();
      known.set(key, value);
    }
    return value;
  };
}

// Memoised: the rules step through the same few hundred dates over and over.
const shifted = memo((key: string) =>
  new Date(Date.parse(`${key.slice(0, 10)}T00:00:00Z`) + Number(key.slice(10)) * DAY_MS)
    .toISOString()
    .slice(0, 10),
);

/** `date` plus `days` days. */
export function addDays(date: string, days: number): string {
  return shifted(`${date}${days}`);
}

/** `date` plus `weeks` weeks. */
export function addWeeks(date: string, weeks: number): string {
  return addDays(date, 7 * weeks);
}

/** `date` plus `months` calendar months, clamped to the end of the month (2025-01-31 + 1 → 2025-02-28). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
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

const weekdays = memo((date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7);

/** ISO day of the week of a date `YYYY-MM-DD`: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  return weekdays(date);
}

/** The Monday `YYYY-MM-DD` of the calendar week of `date`. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The seven dates, Monday to Sunday, of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** The dates from `from` to `to`, both included (none when `to` is earlier or a date is invalid). */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && isIsoDate(day); day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The date `YYYY-MM-DD` a datepicker's `Date` shows: the datepicker holds local midnight of the
 * machine it runs on, whatever the service's zone.
 */
export function isoDateOfPicker(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** `YYYY-MM-DD` as the `Date` a datepicker holds: local midnight of the machine. */
export function pickerDateOf(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}
