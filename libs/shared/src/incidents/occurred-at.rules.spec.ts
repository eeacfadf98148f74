import { CLOCK_SKEW_MS, MAX_BACKDATING_DAYS, occurredAtProblem } from './occurred-at.rules';

describe('occurredAtProblem', () => {
  const now = new Date('2026-12-05T10:00:00Z');
  const at = (ms: number) => new Date(now.getTime() + ms);
  const DAY = 86_400_000;

  it('accepts a phone a few minutes ahead, refuses beyond', () => {
    expect(occurredAtProblem(at(CLOCK_SKEW_MS), now, false)).toBeNull();
    expect(occurredAtProblem(at(CLOCK_SKEW_MS + 1), now, false)).toBe('future');
    expect(occurredAtProblem(at(CLOCK_SKEW_MS + 1), now, true)).toBe('future');
  });

  it('lets an agent date 30 days back, to the millisecond, and no more', () => {
    expect(occurredAtProblem(at(-MAX_BACKDATING_DAYS * DAY), now, false)).toBeNull();
    expect(occurredAtProblem(at(-MAX_BACKDATING_DAYS * DAY - 1), now, false)).toBe('tooOld');
  });

  it('lets who may back-date go further back', () => {
    expect(occurredAtProblem(at(-400 * DAY), now, true)).toBeNull();
  });
});
