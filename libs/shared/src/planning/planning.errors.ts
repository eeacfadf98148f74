import type { ProblemCategory } from '../common/common.errors';
import { RosterRule } from './planning.enum';

/** The planning's error codes, each with its category (which gives its HTTP status). Pure. */
export const PLANNING_ERRORS = {
  /** The agent already works a shift that overlaps this one (409). */
  ASSIGNMENT_OVERLAP: 'CONFLICT',
  /** Moving or deleting a shift agents are on needs `?confirm=true`; `violations` names them. */
  SHIFT_HAS_AGENTS: 'CONFLICT',
  /** Shifts are not generated over published days. */
  PERIOD_PUBLISHED: 'CONFLICT',
  /** A proposal covers days published since it was made. */
  PLAN_PERIOD_PUBLISHED: 'CONFLICT',
  /** Assignments were made since the proposal. */
  PLAN_STALE: 'CONFLICT',
  /** Applying the proposal now would break a working-time rule. */
  PLAN_RULES_VIOLATED: 'RULE_VIOLATION',
  /** A proposal's assignment lies outside its period or names an unknown agent. */
  PLAN_ASSIGNMENT_OUTSIDE_PERIOD: 'VALIDATION',
  /** Publication refused: the roster breaks rules. */
  ROSTER_HAS_VIOLATIONS: 'RULE_VIOLATION',
  /** An assignment refused by several rules at once (`violations` lists them). */
  ROSTER_RULES_VIOLATED: 'RULE_VIOLATION',
  // An assignment refused by one rule: the code names it (see ROSTER_RULE_ERRORS).
  SHIFTS_OVERLAP: 'RULE_VIOLATION',
  AGENT_ABSENT: 'RULE_VIOLATION',
  AGENT_NOT_AVAILABLE: 'RULE_VIOLATION',
  TRAINEE_NOT_ALLOWED: 'RULE_VIOLATION',
  GRADE_NOT_ALLOWED: 'RULE_VIOLATION',
  CATEGORY_NOT_ALLOWED: 'RULE_VIOLATION',
  QUALIFICATION_MISSING: 'RULE_VIOLATION',
  DAY_TOO_LONG: 'RULE_VIOLATION',
  DAY_SPAN_TOO_LONG: 'RULE_VIOLATION',
  REST_TOO_SHORT: 'RULE_VIOLATION',
  WEEK_TOO_LONG: 'RULE_VIOLATION',
  AVERAGE_WEEK_TOO_LONG: 'RULE_VIOLATION',
  WEEKLY_REST_TOO_SHORT: 'RULE_VIOLATION',
  BREAK_TOO_SHORT: 'RULE_VIOLATION',
  /** A break as long as its shift, or longer. */
  BREAK_TOO_LONG: 'VALIDATION',
  SHIFT_ENDS_BEFORE_START: 'VALIDATION',
  SHIFT_TOO_LONG: 'VALIDATION',
  SHIFT_TYPE_CODE_TAKEN: 'DUPLICATE',
  /** A shift type lists a grade none of its categories holds: nobody could ever work it. */
  SHIFT_TYPE_GRADE_OUTSIDE_CATEGORIES: 'VALIDATION',
  CYCLE_NAME_TAKEN: 'DUPLICATE',
  /** A cycle rolled out for a brigade that has no agent in service. */
  CYCLE_BRIGADE_EMPTY: 'RULE_VIOLATION',
  /** A school holiday period ending before its first day. */
  SCHOOL_PERIOD_ENDS_BEFORE_START: 'VALIDATION',
  /** Two school holiday periods overlap. */
  SCHOOL_PERIODS_OVERLAP: 'VALIDATION',
  REQUIREMENT_REPEATED: 'VALIDATION',
  REQUIREMENT_ABOVE_MIN_AGENTS: 'VALIDATION',
  ABSENCE_ENDS_BEFORE_START: 'VALIDATION',
  ABSENCE_TOO_LONG: 'VALIDATION',
  ABSENCE_ALREADY_DECIDED: 'CONFLICT',
  /** A derogation's limit is not above the standing maximum (below the minimum), or out of range. */
  DEROGATION_LIMIT_INVALID: 'VALIDATION',
  /** A derogation's dates are reversed or longer than a year. */
  DEROGATION_PERIOD_INVALID: 'VALIDATION',
  /** A derogation names an unknown agent. */
  DEROGATION_UNKNOWN_AGENT: 'VALIDATION',
  /** The derogation was revoked already. */
  DEROGATION_REVOKED: 'CONFLICT',
} as const satisfies Record<string, ProblemCategory>;

export type PlanningErrorCode = keyof typeof PLANNING_ERRORS;

/** The code of a refusal by one hard rule; the soft rules never refuse. */
export const ROSTER_RULE_ERRORS: Partial<Record<RosterRule, PlanningErrorCode>> = {
  [RosterRule.OVERLAP]: 'SHIFTS_OVERLAP',
  [RosterRule.ABSENCE]: 'AGENT_ABSENT',
  [RosterRule.AGENT_STATUS]: 'AGENT_NOT_AVAILABLE',
  [RosterRule.TRAINEE_NOT_ALLOWED]: 'TRAINEE_NOT_ALLOWED',
  [RosterRule.GRADE_NOT_ALLOWED]: 'GRADE_NOT_ALLOWED',
  [RosterRule.CATEGORY_NOT_ALLOWED]: 'CATEGORY_NOT_ALLOWED',
  [RosterRule.QUALIFICATION_MISSING]: 'QUALIFICATION_MISSING',
  [RosterRule.DAILY_WORK]: 'DAY_TOO_LONG',
  [RosterRule.DAY_SPAN]: 'DAY_SPAN_TOO_LONG',
  [RosterRule.DAILY_REST]: 'REST_TOO_SHORT',
  [RosterRule.WEEKLY_HOURS]: 'WEEK_TOO_LONG',
  [RosterRule.AVERAGE_WEEKLY_HOURS]: 'AVERAGE_WEEK_TOO_LONG',
  [RosterRule.WEEKLY_REST]: 'WEEKLY_REST_TOO_SHORT',
  [RosterRule.BREAK]: 'BREAK_TOO_SHORT',
};

/**
 * The code of an assignment refused for these rules: the rule's own code when they all break
 * one rule (what a client branches on: « repos trop court »), else ROSTER_RULES_VIOLATED, the
 * `violations` saying which.
 */
export function rosterRefusalCode(rules: readonly string[]): PlanningErrorCode {
  const distinct = new Set(rules);
  if (distinct.size !== 1) return 'ROSTER_RULES_VIOLATED';
  return ROSTER_RULE_ERRORS[[...distinct][0] as RosterRule] ?? 'ROSTER_RULES_VIOLATED';
}
