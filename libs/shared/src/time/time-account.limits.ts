/** Field limits of the time accounts, read by the API's DTOs and the web's forms alike. */
export const TIME_ACCOUNT_LIMITS = {
  workedReason: { min: 3, max: 500 },
  year: { min: 2000, max: 2100 },
  openingReason: { min: 3, max: 500 },
  /** Hours carried in: never more than a whole year's due hours either way. */
  openingHours: { min: -1607, max: 1607 },
  /** Days already taken: annual leave with its fractionnement days, RTT at 39 h. */
  openingAnnualLeave: { min: 0, max: 27 },
  openingRtt: { min: 0, max: 23 },
  countingReason: { min: 3, max: 500 },
  scheduleDailyHours: { min: 0.5, max: 10 },
} as const;
