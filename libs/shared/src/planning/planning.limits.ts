/**
 * Lengths of the planning's fields, read by the DTOs' decorators (API) and by the forms'
 * validators (web). Pure.
 */
export const PLANNING_LIMITS = {
  shiftTypeLabel: { min: 2, max: 80 },
  shiftLabel: { min: 2, max: 120 },
  absenceNote: { max: 500 },
  decisionNote: { max: 500 },
  /** The chief's reason for an absence beyond its balance. */
  balanceOverride: { min: 3, max: 500 },
  /** « Vacances de la Toussaint », « Pont de l’Ascension ». */
  schoolHolidayLabel: { min: 2, max: 80 },
  /** Where the dates come from: the arrêté and its address. */
  schoolHolidaySource: { min: 2, max: 300 },
  /** Holiday periods of one zone's calendar (a school year has about six). */
  schoolHolidayPeriods: { max: 60 },
  /** A shift's break, minutes. */
  breakMinutes: { min: 0, max: 180 },
  derogationTitle: { min: 2, max: 120 },
  derogationReason: { min: 5, max: 1000 },
  derogationDecidedBy: { min: 2, max: 200 },
  derogationAgents: { max: 100 },
} as const;

/** The shapes of the shift types' fields, read by the DTOs (API) and the forms (web). */
export const PLANNING_PATTERNS = {
  /** A local time `HH:mm`, 24 h. */
  localTime: /^([01]\d|2[0-3]):[0-5]\d$/,
  /** Upper-case code, e.g. `NUIT`, `CSU_JOUR`. */
  shiftTypeCode: /^[A-Z][A-Z0-9_]{1,19}$/,
  colour: /^#[0-9a-fA-F]{6}$/,
} as const;
