import type { ProblemCategory } from '../common/common.errors';

/** Account error codes, each with its category (which gives its HTTP status). Pure. */
export const USER_ERRORS = {
  LOGIN_TAKEN: 'DUPLICATE',
  /** The last active CHIEF account can be neither disabled nor demoted. */
  LAST_CHIEF: 'RULE_VIOLATION',
  /** An account linked to an agent this service does not employ (another service's, or none). */
  USER_AGENT_UNKNOWN: 'VALIDATION',
} as const satisfies Record<string, ProblemCategory>;

export type UserErrorCode = keyof typeof USER_ERRORS;
