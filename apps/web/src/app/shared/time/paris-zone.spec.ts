import { parisMidnight } from './paris-zone';

describe('parisMidnight', () => {
  it('is midnight in Paris, winter and summer time', () => {
    expect(parisMidnight('2026-12-14')).toBe('2026-12-14T00:00:00+01:00');
    expect(parisMidnight('2026-07-14')).toBe('2026-07-14T00:00:00+02:00');
  });

  it('makes the days of the clock changes 23 h and 25 h long', () => {
    const hours = (from: string, to: string): number =>
      (Date.parse(parisMidnight(to)) - Date.parse(parisMidnight(from))) / 3_600_000;
    expect(hours('2026-03-29', '2026-03-30')).toBe(23);
    expect(hours('2026-10-25', '2026-10-26')).toBe(25);
  });
});
