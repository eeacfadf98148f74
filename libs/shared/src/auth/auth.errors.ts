import type { ProblemCategory } from '../common/common.errors';

/**
 * Sign-in and password error codes, each with its category (which gives its HTTP status). Pure.
 * A refused sign-in stays a plain UNAUTHENTICATED: it must not say more than « incorrect ».
 */
export const AUTH_ERRORS = {
  LOGIN_THROTTLED: 'TOO_MANY_REQUESTS',
  CURRENT_PASSWORD_WRONG: 'VALIDATION',
  PASSWORD_UNCHANGED: 'VALIDATION',
  PASSWORD_TOO_WEAK: 'VALIDATION',
} as const satisfies Record<string, ProblemCategory>;

export type AuthErrorCode = keyof typeof AUTH_ERRORS;
