/**
 * Lengths of the planning's fields, read by the DTOs' decorators (API) and by the forms'
 * validators (web). Pure.
 */
export const PLANNING_LIMITS = {
  shiftTypeLabel: { min: 2, max: 80 },
  shiftLabel: { min: 2, max: 120 },
  absenceNote: { max: 500 },
  decisionNote: { max: 500 },
} as const;
