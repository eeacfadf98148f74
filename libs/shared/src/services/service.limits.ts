/** Lengths and counts of a service's fields, read by the DTO's decorators and the web form. Pure. */
export const SERVICE_LIMITS = {
  name: { min: 3, max: 120 },
  /** A pooled service's communes (a convention seldom joins more than a dozen). */
  communes: { min: 1, max: 30 },
  /** A pooled service joins at least two communes (one is a commune's own police). */
  pooledCommunes: { min: 2 },
  /** The commune search's answer. */
  communeMatches: 20,
  communeQuery: { min: 2, max: 60 },
} as const;

/** An INSEE code: two digits (or 2A/2B for Corsica), then three digits. */
export const INSEE_CODE_PATTERN = /^(?:\d{2}|2[AB])\d{3}$/;
