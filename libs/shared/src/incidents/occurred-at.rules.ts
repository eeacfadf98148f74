/** When the facts of an entry may be dated: one rule for the API and the entry form. Pure. */

/** Without a supervisor's role, an entry may not be dated more than 30 days back. */
export const MAX_BACKDATING_DAYS = 30;
/** Clocks of phones drift: a few minutes ahead is not the future. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export type OccurredAtProblem = 'future' | 'tooOld';

/**
 * What is wrong with facts dated `occurredAt` and recorded `now`, or null. `mayBackdate`: the
 * caller may date beyond the limit (`amendAnyIncident` of the role map).
 */
export function occurredAtProblem(
  occurredAt: Date,
  now: Date,
  mayBackdate: boolean,
): OccurredAtProblem | null {
  const at = occurredAt.getTime();
  if (at > now.getTime() + CLOCK_SKEW_MS) return 'future';
  if (!mayBackdate && now.getTime() - at > MAX_BACKDATING_DAYS * 86_400_000) return 'tooOld';
  return null;
}
