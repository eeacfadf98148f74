import type { ProblemCategory } from '../common/common.errors';

/** Agent record error codes, each with its category (which gives its HTTP status). Pure. */
export const AGENT_ERRORS = {
  MATRICULE_TAKEN: 'DUPLICATE',
  DEPARTURE_DATE_MISSING: 'VALIDATION',
  DEPARTURE_BEFORE_HIRE: 'VALIDATION',
  QUALIFICATION_EXPIRES_BEFORE_OBTAINED: 'VALIDATION',
  /** A préfet's decision on a firearm permit the agent does not hold. */
  FIREARM_PERMIT_MISSING: 'RULE_VIOLATION',
  /** An agent put at this service's disposal by another: his record is kept by his own service. */
  AGENT_OF_ANOTHER_SERVICE: 'RULE_VIOLATION',
  /** A secondment to one's own service, or to a service that does not exist. */
  SECONDMENT_HOST_INVALID: 'VALIDATION',
  /** The agent is already at that service's disposal on some of those days. */
  SECONDMENT_OVERLAP: 'CONFLICT',
  /** The host service has rostered him within the period: it must take him off first. */
  SECONDMENT_IN_USE: 'CONFLICT',
} as const satisfies Record<string, ProblemCategory>;

export type AgentErrorCode = keyof typeof AGENT_ERRORS;
