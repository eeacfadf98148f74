/**
 * Lengths of the sign-in and password fields, read by the DTOs' decorators (API) and by the
 * forms' validators (web). Pure.
 */
export const AUTH_LIMITS = {
  login: { min: 1, max: 64 },
  password: { min: 1, max: 256 },
  /** A password being chosen: the API also refuses common or guessable ones. */
  newPassword: { min: 10, max: 256 },
} as const;
