/**
 * Lengths of a recruitment's fields, read by the DTOs' decorators (API) and by the forms'
 * validators (web). Pure.
 */
export const RECRUITMENT_LIMITS = {
  candidateName: { min: 3, max: 120 },
  note: { max: 2_000 },
  exitReason: { min: 3, max: 500 },
} as const;
