import type { ProblemCategory } from '../common/common.errors';

/** The armoury register's error codes, each with its category (which gives its HTTP status). Pure. */
export const ARMOURY_ERRORS = {
  SERIAL_NUMBER_TAKEN: 'DUPLICATE',
  /** Refused issue: one or more rules below, named in `violations[].rule`. */
  WEAPON_ISSUE_REFUSED: 'RULE_VIOLATION',
  /** The agent holds no valid permit for that kind of weapon on the day (missing, expired, pending, suspended). */
  WEAPON_PERMIT_INVALID: 'RULE_VIOLATION',
  /** The agent has no shift that day. */
  AGENT_NOT_ON_DUTY: 'RULE_VIOLATION',
  /** The weapon is out (issued and not returned). */
  WEAPON_ALREADY_OUT: 'RULE_VIOLATION',
  /** The weapon is under repair or retired. */
  WEAPON_NOT_IN_SERVICE: 'RULE_VIOLATION',
  /** The issue was already returned. */
  WEAPON_ALREADY_RETURNED: 'CONFLICT',
  /** More ammunition returned than was issued. */
  AMMUNITION_RETURNED_EXCEEDS: 'VALIDATION',
  /** A status change refused: the weapon is out (`WEAPON_ALREADY_OUT`) or retired (below). */
  WEAPON_STATUS_REFUSED: 'RULE_VIOLATION',
  /** A retired weapon (réformée) never changes status again. */
  WEAPON_RETIRED: 'RULE_VIOLATION',
  /** The weapon is already in that status. */
  WEAPON_STATUS_UNCHANGED: 'CONFLICT',
  /** The cartridges returned are corrected before the weapon came back. */
  WEAPON_NOT_RETURNED: 'CONFLICT',
  /** A correction that changes no count. */
  CORRECTION_CHANGES_NOTHING: 'VALIDATION',
} as const satisfies Record<string, ProblemCategory>;

export type ArmouryErrorCode = keyof typeof ARMOURY_ERRORS;
