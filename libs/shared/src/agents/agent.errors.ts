import type { ProblemCategory } from '../common/common.errors';

/** Agent record error codes, each with its category (which gives its HTTP status). Pure. */
export const AGENT_ERRORS = {
  MATRICULE_TAKEN: 'DUPLICATE',
  DEPARTURE_DATE_MISSING: 'VALIDATION',
  DEPARTURE_BEFORE_HIRE: 'VALIDATION',
  QUALIFICATION_EXPIRES_BEFORE_OBTAINED: 'VALIDATION',
  /** A préfet's decision on a firearm permit the agent does not hold. */
  FIREARM_PERMIT_MISSING: 'RULE_VIOLATION',
} as const satisfies Record<string, ProblemCategory>;

export type AgentErrorCode = keyof typeof AGENT_ERRORS;
