import type { ProblemCategory } from '../common/common.errors';

/** Staffing error codes, each with its category (which gives its HTTP status). Pure. */
export const STAFFING_ERRORS = {
  /** A target series with a date twice or categories above the headcount (`errors` say where). */
  STAFFING_TARGETS_INVALID: 'VALIDATION',
} as const satisfies Record<string, ProblemCategory>;

export type StaffingErrorCode = keyof typeof STAFFING_ERRORS;
