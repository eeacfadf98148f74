import type { DomainErrorCode } from '../error-codes';

/** RFC 9457 problem details, as every error of the API is answered. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** The problem's category, e.g. `VERSION_CONFLICT`, `CONFLICT`, `RULE_VIOLATION` (the `type`'s last word). */
  code?: string;
  /** The precise code of a domain error, e.g. `ASSIGNMENT_OVERLAP`, `REST_TOO_SHORT` (see `ERROR_DOMAINS`). */
  reason?: DomainErrorCode;
  /** Invalid input (400): one entry per field. */
  errors?: FieldError[];
  /** Broken business rule (409/422). */
  violations?: RuleViolation[];
}

export interface FieldError {
  field: string;
  message: string;
}

export interface RuleViolation {
  rule: string;
  message: string;
  agentId?: string;
  shiftId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
