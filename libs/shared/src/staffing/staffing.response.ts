import { StaffCategory } from '../agents/agent.enum';

export class StaffingTargetResponse {
  effectiveDate!: string;
  headcount!: number;
  byCategory!: Partial<Record<StaffCategory, number>> | null;
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

export class HeadcountResponse {
  at!: string;
  /** Target in force at that date (the latest one dated on or before it, else the first one). */
  target!: number | null;
  targetDate!: string | null;
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
  /** First month (YYYY-MM) at or above the target, or null. */
  targetReachedIn!: string | null;
  /** Agents missing at the end of the period when the target is not reached (0 otherwise). */
  shortfall!: number;
}
