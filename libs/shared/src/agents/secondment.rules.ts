import { addDays, daysBetween } from '../common/calendar/local-date';

/**
 * Field bounds of a secondment. The length is a product bound (a convention is renewed, the
 * texts set no maximum we could verify), the share a percentage of his working time.
 */
export const SECONDMENT_LIMITS = {
  share: { min: 1, max: 100 },
  convention: { min: 3, max: 200 },
  hostQuery: { max: 80 },
  /** Days from the first to the last, both included. */
  maxDays: 3 * 366,
} as const;

/** A period of local dates, both included. */
export interface DatePeriod {
  from: string;
  to: string;
}

/**
 * The days of [window.from, window.to] an agent of another service is *not* at this service's
 * disposal, as periods: around and between his secondments to it. Pure.
 */
export function daysOutsideSecondments(secondments: readonly DatePeriod[], window: DatePeriod): DatePeriod[] {
  const sorted = [...secondments].sort((a, b) => a.from.localeCompare(b.from));
  const outside: DatePeriod[] = [];
  let next = window.from;
  for (const period of sorted) {
    if (period.to < next) continue;
    if (period.from > window.to) break;
    if (period.from > next) outside.push({ from: next, to: addDays(period.from, -1) });
    next = addDays(period.to, 1);
    if (next > window.to) return outside;
  }
  if (next <= window.to) outside.push({ from: next, to: window.to });
  return outside;
}

/** Days of the period, both ends included. */
export function periodDays(period: DatePeriod): number {
  return daysBetween(period.from, period.to) + 1;
}
