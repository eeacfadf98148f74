import { AUTH_LIMITS } from '../auth/auth.limits';

/**
 * Lengths of the user account's fields, read by the DTOs' decorators (API) and by the user
 * dialog's validators (web). The login pattern is in user.rules. Pure.
 */
export const USER_LIMITS = {
  displayName: { min: 1, max: 100 },
  password: AUTH_LIMITS.newPassword,
} as const;
