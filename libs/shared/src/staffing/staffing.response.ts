import { StaffCategory } from '../agents/agent.enum';

export class StaffingTargetResponse {
  effectiveDate!: string;
  headcount!: number;
  byCategory!: Partial<Record<StaffCategory, number>> | null;
}

export class StaffingTargetPageResponse {
  items!: StaffingTargetResponse[];
  nextCursor!: string | null;
}

export class CategoryHeadcountResponse {
  /** ACTIVE staff. */
  operational!: number;
  /** Appointed, in initial training (IN_TRAINING). */
  inTraining!: number;
  /** Open recruitments not appointed yet. */
  inPipeline!: number;
  /** The category's share of the target in force, when the target gives one. */
  target!: number | null;
}

/** The latest target whose date has passed with fewer operational agents than it wanted. */
export class MissedTargetResponse {
  effectiveDate!: string;
  headcount!: number;
  /** Operational agents on that date. */
  operational!: number;
  /** Agents missing on that date. */
  shortfall!: number;
}

export class HeadcountResponse {
  at!: string;
  /** The target worked toward on that date (`targetAt`: the next deadline, else the latest one). */
  target!: number | null;
  targetDate!: string | null;
  /** The latest deadline already passed, when it was missed; null when met or none. */
  missedTarget!: MissedTargetResponse | null;
  operational!: number;
  inTraining!: number;
  inPipeline!: number;
  byCategory!: Record<StaffCategory, CategoryHeadcountResponse>;
}

export class ForecastMonthResponse {
  /** YYYY-MM */
  month!: string;
  /** Projected operational headcount at the end of the month. */
  operational!: number;
  target!: number | null;
}

export class ForecastResponse {
  months!: ForecastMonthResponse[];
  /** The target forecast against: the same as the headcount's (`targetAt` today). */
  target!: number | null;
  targetDate!: string | null;
  /** First month (YYYY-MM) at or above the target, or null. */
  targetReachedIn!: string | null;
  /** Agents missing at the end of the period when the target is not reached (0 otherwise). */
  shortfall!: number;
}
