/** Bounds of a work cycle, read by the DTOs and by the web form's validators. */
export const CYCLE_LIMITS = {
  name: { min: 2, max: 80 },
  /** Days of one turn of the cycle: up to 8 weeks (a week A / week B is 14). */
  length: { min: 1, max: 56 },
  brigade: { max: 60 },
  agents: { max: 200 },
  /** A roll-out covers at most this many calendar months. */
  rolloutMonths: 6,
  /** A week is copied onto at most this many weeks at once (six months). */
  copyWeeks: 26,
} as const;
