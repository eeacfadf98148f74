/** Field limits of the time accounts, read by the API's DTOs and the web's forms alike. */
export const TIME_ACCOUNT_LIMITS = {
  workedReason: { min: 3, max: 500 },
  year: { min: 2000, max: 2100 },
} as const;
