import type { ProblemCategory } from '../common/common.errors';

/** The time accounts' error codes, each with its category (which gives its HTTP status). Pure. */
export const TIME_ACCOUNT_ERRORS = {
  /** Worked time recorded for a shift whose day has not begun yet. */
  WORKED_IN_FUTURE: 'RULE_VIOLATION',
  /** Worked time ending before it starts, longer than 24 h, or far from its shift. */
  WORKED_TIMES_INVALID: 'VALIDATION',
  /** Worked time overlapping another worked record or another shift of the agent. */
  WORKED_OVERLAP: 'RULE_VIOLATION',
  /** An absence that would take its balance (leave, RTT, recovery) below zero. */
  LEAVE_BALANCE_EXCEEDED: 'RULE_VIOLATION',
  /** Only the chief may override a balance, and with a reason. */
  LEAVE_OVERRIDE_FORBIDDEN: 'VALIDATION',
  /** A fixed schedule without days, with a day twice, or beyond 10 h a day or 48 h a week. */
  TIME_SCHEDULE_INVALID: 'VALIDATION',
  /** An opening balance for a year the agent is not in the service, or with leave not in half days. */
  TIME_OPENING_INVALID: 'VALIDATION',
} as const satisfies Record<string, ProblemCategory>;
