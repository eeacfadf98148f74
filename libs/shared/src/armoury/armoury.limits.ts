/** Lengths and bounds of the armoury's fields, read by the DTOs (API) and the dialogs (web). Pure. */
export const ARMOURY_LIMITS = {
  model: { min: 1, max: 80 },
  serialNumber: { min: 1, max: 40 },
  /** Cartridges issued with one weapon for a shift. */
  ammunition: { min: 0, max: 200 },
  /** Why a count is corrected or a status changed: said, in a sentence. */
  reason: { min: 5, max: 300 },
} as const;

/** Upper-case letters, digits, dashes, slashes and dots: a maker's serial number as stamped. */
export const SERIAL_NUMBER_PATTERN = /^[A-Z0-9][A-Z0-9./-]{0,39}$/;
