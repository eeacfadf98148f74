import { cycleDayOf, cycleHoursPerWeek, cycleRestGaps, expandCycle, lastRolloutDay } from './cycle.rules';

const M = 'morning';
const A = 'afternoon';
const N = 'night';
const TYPES = new Map([
  [M, { startTime: '06:00', endTime: '14:00' }],
  [A, { startTime: '13:00', endTime: '21:00' }],
  [N, { startTime: '21:00', endTime: '07:00' }],
]);
/** « 2 matins, 2 après-midi, 2 nuits, 4 repos ». */
const TEN_DAYS = { startDate: '2027-03-22', days: [M, M, A, A, N, N, null, null, null, null] };

describe('work cycle days', () => {
  it('numbers the start date 0 and wraps after the last day', () => {
    expect(cycleDayOf(TEN_DAYS, '2027-03-22')).toBe(0);
    expect(cycleDayOf(TEN_DAYS, '2027-03-31')).toBe(9);
    expect(cycleDayOf(TEN_DAYS, '2027-04-01')).toBe(0);
  });

  it('places dates before the start date in the earlier turns of the cycle', () => {
    expect(cycleDayOf(TEN_DAYS, '2027-03-21')).toBe(9);
    expect(cycleDayOf(TEN_DAYS, '2027-03-12')).toBe(0);
    expect(expandCycle(TEN_DAYS, '2027-03-16', '2027-03-18')).toEqual([
      { date: '2027-03-16', shiftTypeId: N },
      { date: '2027-03-17', shiftTypeId: N },
    ]);
  });

  it('keeps the pattern across the change to summer time at the end of March', () => {
    // 28/03/2027 has 23 hours in Paris: counted in dates, the days after it do not slip.
    const days = expandCycle(TEN_DAYS, '2027-03-26', '2027-04-03');
    expect(days).toEqual([
      { date: '2027-03-26', shiftTypeId: N },
      { date: '2027-03-27', shiftTypeId: N },
      { date: '2027-04-01', shiftTypeId: M },
      { date: '2027-04-02', shiftTypeId: M },
      { date: '2027-04-03', shiftTypeId: A },
    ]);
  });

  it('alternates a week A and a week B over 14 days', () => {
    const weekA = [M, M, M, M, M, null, null];
    const weekB = [A, A, A, A, null, A, null];
    const cycle = { startDate: '2027-01-04', days: [...weekA, ...weekB] };
    const monday = (date: string) => expandCycle(cycle, date, date)[0]?.shiftTypeId ?? null;
    expect(monday('2027-01-04')).toBe(M);
    expect(monday('2027-01-11')).toBe(A);
    expect(monday('2027-01-18')).toBe(M);
    expect(expandCycle(cycle, '2027-01-16', '2027-01-17')).toEqual([{ date: '2027-01-16', shiftTypeId: A }]);
    expect(expandCycle(cycle, '2027-01-04', '2027-01-31')).toHaveLength(2 * (5 + 5));
  });

  it('rolls out at most six calendar months', () => {
    expect(lastRolloutDay('2027-01-01', 6)).toBe('2027-06-30');
    expect(lastRolloutDay('2027-08-31', 6)).toBe('2028-02-28');
  });
});

describe('work cycle hours and rests', () => {
  it('gives the pattern’s hours a week', () => {
    // 2 × 8 + 2 × 8 + 2 × 10 = 52 h over 10 days → 36.4 h a week.
    expect(cycleHoursPerWeek(TEN_DAYS.days, TYPES)).toBe(36.4);
    expect(cycleHoursPerWeek([null, null], TYPES)).toBe(0);
  });

  it('names the day that starts less than 11 hours after the previous one, wrapping the cycle', () => {
    expect(cycleRestGaps(TEN_DAYS.days, TYPES, 11)).toEqual([]);
    // A night 21:00–07:00 then a morning 06:00: minus one hour of rest.
    expect(cycleRestGaps([N, M, null], TYPES, 11)).toEqual([{ day: 1, restHours: -1 }]);
    // An afternoon ending 21:00 then a morning 06:00: 9 hours.
    expect(cycleRestGaps([M, null, A], TYPES, 11)).toEqual([{ day: 0, restHours: 9 }]);
  });
});
