import { StaffCategory } from '../agents/agent.enum';
import { addMonths, endOfMonth, monthOf } from '../common/calendar/local-date';

/** A headcount wanted by `effectiveDate` (e.g. 23 by 2025-12-31), optionally split by category. */
export interface TargetPoint {
  effectiveDate: string;
  headcount: number;
  byCategory?: Partial<Record<StaffCategory, number>> | null;
}

function sortedByDate(targets: readonly TargetPoint[]): TargetPoint[] {
  return [...targets].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
}

/**
 * THE target on `date`, for every screen (Effectif, dashboard, Recrutement) and for the forecast:
 * the first one dated on or after it — the next deadline the service works toward. Once every
 * date has passed, the latest one, still wanted. Null when there is no target at all.
 */
export function targetAt(targets: readonly TargetPoint[], date: string): TargetPoint | null {
  const sorted = sortedByDate(targets);
  return sorted.find((t) => t.effectiveDate >= date) ?? sorted.at(-1) ?? null;
}

/** A target whose date has passed with fewer operational agents than it wanted. */
export interface MissedTarget {
  effectiveDate: string;
  headcount: number;
  /** Operational agents on that date. */
  operational: number;
  /** headcount − operational on that date (> 0). */
  shortfall: number;
}

export interface TargetChoice {
  /** The target to show and to forecast against (see `targetAt`). */
  target: TargetPoint | null;
  /** The latest target dated before `today`, when it was missed; null when it was met or there is none. */
  missed: MissedTarget | null;
}

/**
 * The target of the headcount on `today`, and the last deadline missed. `operationalOn` gives the
 * operational headcount on a past date: the shortfall is measured on the target's own date.
 */
export function chooseTarget(
  targets: readonly TargetPoint[],
  today: string,
  operationalOn: (date: string) => number,
): TargetChoice {
  const passed = sortedByDate(targets)
    .filter((t) => t.effectiveDate < today)
    .at(-1);
  let missed: MissedTarget | null = null;
  if (passed !== undefined) {
    const operational = operationalOn(passed.effectiveDate);
    if (operational < passed.headcount) {
      missed = {
        effectiveDate: passed.effectiveDate,
        headcount: passed.headcount,
        operational,
        shortfall: passed.headcount - operational,
      };
    }
  }
  return { target: targetAt(targets, today), missed };
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
  /** The target forecast against: the one of `targetAt(targets, today)`, as on every screen. */
  target: number | null;
  targetDate: string | null;
  /** The first month the headcount meets that target; null when it never does over the forecast. */
  targetReachedIn: string | null;
  /** When the target is not reached: how many are missing at the end of the forecast; 0 otherwise. */
  shortfall: number;
}

/**
 * Operational headcount month by month, from the month of `today`: today's operational staff, plus
 * the arrivals dated by the end of each month (overdue ones count from the first month), minus the
 * departures after today and by the end of the month (those up to today are already out). Each
 * month shows the target worked toward during it (`targetAt` its first day, today for the first
 * month); the target reached (or missed) is today's, the one every screen shows.
 */
export function forecast(input: ForecastInput): ForecastResult {
  const firstDay = `${monthOf(input.today)}-01`;
  const departures = input.departures.filter((date) => date > input.today);
  const months: ForecastMonth[] = [];
  for (let i = 0; i < input.months; i++) {
    const start = addMonths(firstDay, i);
    const month = monthOf(start);
    const lastDay = endOfMonth(month);
    const operational =
      input.operationalNow +
      input.arrivals.filter((date) => date <= lastDay).length -
      departures.filter((date) => date <= lastDay).length;
    const during = start < input.today ? input.today : start;
    months.push({ month, operational, target: targetAt(input.targets, during)?.headcount ?? null });
  }

  const target = targetAt(input.targets, input.today);
  const reached = target === null ? undefined : months.find((m) => m.operational >= target.headcount);
  const last = months.at(-1);
  let shortfall = 0;
  if (reached === undefined && last !== undefined && target !== null) {
    shortfall = Math.max(0, target.headcount - last.operational);
  }
  return {
    months,
    target: target?.headcount ?? null,
    targetDate: target?.effectiveDate ?? null,
    targetReachedIn: reached?.month ?? null,
    shortfall,
  };
}
