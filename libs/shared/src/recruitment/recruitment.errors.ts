import type { ProblemCategory } from '../common/common.errors';

/** Recruitment's error codes, each with its category (which gives its HTTP status). Pure. */
export const RECRUITMENT_ERRORS = {
  /** A milestone refused by `checkMilestone` (`violations[].rule` says which rule). */
  MILESTONE_REFUSED: 'RULE_VIOLATION',
} as const satisfies Record<string, ProblemCategory>;

export type RecruitmentErrorCode = keyof typeof RECRUITMENT_ERRORS;
