import { StaffCategory } from '../agents/agent.enum';
import { addMonths, endOfMonth, monthOf } from '../common/time.rules';

/** A headcount wanted from `effectiveDate` on (e.g. 23 by 2025-12-31), optionally split by category. */
export interface TargetPoint {
  effectiveDate: string;
  headcount: number;
  byCategory?: Partial<Record<StaffCategory, number>> | null;
}

/**
 * The target in force on `date`: the latest one dated on or before it, else (before the series
 * starts) the earliest one; null when there is no target at all.
 */
export function targetAt(targets: readonly TargetPoint[], date: string): TargetPoint | null {
  if (targets.length === 0) return null;
  const sorted = [...targets].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  return sorted.filter((t) => t.effectiveDate <= date).pop() ?? sorted[0];
}

export interface ForecastInput {
  /** `YYYY-MM-DD`: the forecast starts with its month. */
  today: string;
  /** Number of months forecast. */
  months: number;
  /** Operational staff today. */
  operationalNow: number;
  /** Dates someone becomes operational (the expected OPERATIONAL date of each open recruitment). */
  arrivals: readonly string[];
  /** Known departure dates of operational staff. */
  departures: readonly string[];
  targets: readonly TargetPoint[];
}

export interface ForecastMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Operational headcount at the end of the month. */
  operational: number;
  /** Target in force at the end of the month; null without targets. */
  target: number | null;
}

export interface ForecastResult {
  months: ForecastMonth[];
  /** The first month the headcount meets its target; null when it never does over the forecast. */
  targetReachedIn: string | null;
  /** When the target is not reached: how many are missing at the end of the forecast; 0 otherwise. */
  shortfall: number;
}

/**
 * Operational headcount month by month, from the month of `today`: today's operational staff, plus
 * the arrivals dated by the end of each month (overdue ones count from the first month), minus the
 * departures after today and by the end of the month (those up to today are already out).
 */
export function forecast(input: ForecastInput): ForecastResult {
  const firstDay = `${monthOf(input.today)}-01`;
  const departures = input.departures.filter((date) => date > input.today);
  const months: ForecastMonth[] = [];
  for (let i = 0; i < input.months; i++) {
    const month = monthOf(addMonths(firstDay, i));
    const lastDay = endOfMonth(month);
    const operational =
      input.operationalNow +
      input.arrivals.filter((date) => date <= lastDay).length -
      departures.filter((date) => date <= lastDay).length;
    months.push({ month, operational, target: targetAt(input.targets, lastDay)?.headcount ?? null });
  }

  const reached = months.find((m) => m.target !== null && m.operational >= m.target);
  const last = months.length > 0 ? months[months.length - 1] : null;
  let shortfall = 0;
  if (reached === undefined && last !== null && last.target !== null) {
    shortfall = Math.max(0, last.target - last.operational);
  }
  return { months, targetReachedIn: reached?.month ?? null, shortfall };
}
