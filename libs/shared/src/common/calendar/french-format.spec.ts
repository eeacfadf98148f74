import { formatDateTimeFr, parseDateTimeFr } from './french-format';

describe('French date and time fields', () => {
  it('writes a wall-clock time day first, in 24 hours', () => {
    expect(formatDateTimeFr('2026-12-04T16:55')).toBe('04/12/2026 16:55');
    expect(formatDateTimeFr('2027-01-09T07:05')).toBe('09/01/2027 07:05');
  });

  it('reads a date and time typed day first, in 24 hours', () => {
    expect(parseDateTimeFr('04/12/2026 16:55')).toBe('2026-12-04T16:55');
    expect(parseDateTimeFr(' 4/12/2026   9:05 ')).toBe('2026-12-04T09:05');
    expect(parseDateTimeFr('04/12/2026 16h55')).toBe('2026-12-04T16:55');
    expect(parseDateTimeFr('04/12/2026 à 16:55')).toBe('2026-12-04T16:55');
    expect(parseDateTimeFr('04/12/2026, 00:00')).toBe('2026-12-04T00:00');
  });

  it('reads 04/12 as the 4th of December, never as April 12th', () => {
    expect(parseDateTimeFr('04/12/2026 10:00')).toBe('2026-12-04T10:00');
    expect(parseDateTimeFr('12/04/2026 10:00')).toBe('2026-04-12T10:00');
  });

  it('refuses a month/day order, a date that does not exist and an hour out of the day', () => {
    expect(parseDateTimeFr('12/31/2026 10:00')).toBeNull();
    expect(parseDateTimeFr('31/06/2026 10:00')).toBeNull();
    expect(parseDateTimeFr('29/02/2027 10:00')).toBeNull();
    expect(parseDateTimeFr('29/02/2028 10:00')).toBe('2028-02-29T10:00');
    expect(parseDateTimeFr('04/12/2026 24:00')).toBeNull();
    expect(parseDateTimeFr('04/12/2026 16:60')).toBeNull();
  });

  it('refuses what is not a French date and time', () => {
    for (const text of [
      '',
      '04/12/2026',
      '2026-12-04T16:55',
      '12/4/2026 4:55 PM',
      'hier soir',
      '04/12/26 16:55',
    ]) {
      expect(parseDateTimeFr(text)).toBeNull();
    }
  });

  it('reads back what it writes', () => {
    for (const local of ['2026-01-01T00:00', '2026-06-30T23:59', '2028-02-29T12:30']) {
      expect(parseDateTimeFr(formatDateTimeFr(local))).toBe(local);
    }
  });
});
