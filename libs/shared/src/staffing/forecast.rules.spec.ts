import { StaffCategory } from '../agents/agent.enum';
import { formatDateFr } from '../common/calendar/french-format';
import { endOfMonth, monthOf } from '../common/calendar/local-date';
import { chooseTarget, forecast, ForecastInput, targetAt, TargetPoint } from './forecast.rules';

function target(effectiveDate: string, headcount: number): TargetPoint {
  return { effectiveDate, headcount };
}

/** Lomme in March 2026: 19 operational, 23 wanted by the end of 2025, six months ahead. */
function input(overrides: Partial<ForecastInput> = {}): ForecastInput {
  return {
    today: '2026-03-12',
    months: 6,
    operationalNow: 19,
    arrivals: [],
    departures: [],
    targets: [target('2025-12-31', 23)],
    ...overrides,
  };
}

function operational(overrides: Partial<ForecastInput>): number[] {
  return forecast(input(overrides)).months.map((m) => m.operational);
}

describe('headcount forecast', () => {
  describe('the target, as every screen shows it', () => {
    const series = [target('2026-12-31', 23), target('2025-12-31', 21), target('2026-06-30', 22)];

    it('takes the next deadline on or after the day, whatever the order given', () => {
      expect(targetAt(series, '2025-01-01')?.headcount).toBe(21);
      expect(targetAt(series, '2026-03-31')?.headcount).toBe(22);
      expect(targetAt(series, '2026-06-30')?.headcount).toBe(22);
      expect(targetAt(series, '2026-07-01')?.headcount).toBe(23);
      expect(targetAt(series, '2026-12-30')?.effectiveDate).toBe('2026-12-31');
    });

    it('keeps the latest target, still wanted, once every deadline has passed', () => {
      expect(targetAt(series, '2027-06-30')).toEqual(target('2026-12-31', 23));
    });

    it('has no target when none is set', () => {
      expect(targetAt([], '2026-03-31')).toBeNull();
      expect(chooseTarget([], '2026-03-31', () => 0)).toEqual({ target: null, missed: null });
    });

    it('keeps the split by category of the target chosen', () => {
      const split = {
        ...target('2026-12-31', 23),
        byCategory: { [StaffCategory.POLICE]: 18, [StaffCategory.ASVP]: 3 },
      };
      expect(targetAt([target('2025-12-31', 21), split], '2026-03-31')).toBe(split);
    });

    it('shows a passed deadline as missed, with the shortfall on its date, and works toward the next one', () => {
      const asked: string[] = [];
      const choice = chooseTarget(series, '2026-03-31', (date) => {
        asked.push(date);
        return 19;
      });
      expect(asked).toEqual(['2025-12-31']);
      expect(choice.missed).toEqual({
        effectiveDate: '2025-12-31',
        headcount: 21,
        operational: 19,
        shortfall: 2,
      });
      expect(choice.target).toEqual(target('2026-06-30', 22));
    });

    it('does not call a deadline missed when it was met on its date', () => {
      expect(chooseTarget(series, '2026-03-31', () => 21).missed).toBeNull();
      expect(chooseTarget(series, '2026-03-31', () => 25).missed).toBeNull();
    });

    it('counts a deadline as passed from the day after it, not on the day itself', () => {
      const onTheDay = chooseTarget(series, '2026-06-30', () => 20);
      expect(onTheDay.target?.effectiveDate).toBe('2026-06-30');
      expect(onTheDay.missed?.effectiveDate).toBe('2025-12-31');
      const dayAfter = chooseTarget(series, '2026-07-01', () => 20);
      expect(dayAfter.target?.effectiveDate).toBe('2026-12-31');
      expect(dayAfter.missed).toEqual({
        effectiveDate: '2026-06-30',
        headcount: 22,
        operational: 20,
        shortfall: 2,
      });
    });

    it('shows the last deadline missed and still wanted when none is ahead', () => {
      const choice = chooseTarget(series, '2027-02-01', () => 22);
      expect(choice.target?.effectiveDate).toBe('2026-12-31');
      expect(choice.missed).toMatchObject({ effectiveDate: '2026-12-31', shortfall: 1 });
    });

    it('forecasts against the very target the headcount shows', () => {
      for (const today of ['2025-06-01', '2026-03-31', '2026-06-30', '2026-07-01', '2027-02-01']) {
        const result = forecast(input({ today, targets: series }));
        const shown = chooseTarget(series, today, () => 0).target;
        expect([result.target, result.targetDate]).toEqual([shown?.headcount, shown?.effectiveDate]);
        expect(result.months[0].target).toBe(shown?.headcount);
      }
    });
  });

  describe('months', () => {
    it('starts with the month of today and runs for the number of months asked', () => {
      expect(forecast(input()).months.map((m) => m.month)).toEqual([
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
      ]);
    });

    it('runs across the new year, even from the last day of a month', () => {
      expect(forecast(input({ today: '2026-10-31', months: 4 })).months.map((m) => m.month)).toEqual([
        '2026-10',
        '2026-11',
        '2026-12',
        '2027-01',
      ]);
    });

    it('is empty for zero months', () => {
      expect(forecast(input({ months: 0 }))).toEqual({
        months: [],
        target: 23,
        targetDate: '2025-12-31',
        targetReachedIn: null,
        shortfall: 0,
      });
    });
  });

  describe('operational headcount', () => {
    it('keeps today’s headcount when nothing is expected', () => {
      expect(operational({})).toEqual([19, 19, 19, 19, 19, 19]);
    });

    it('counts an arrival from the month it is expected, up to the last day of the month', () => {
      expect(operational({ arrivals: ['2026-04-30', '2026-05-01', '2026-05-31', '2026-08-01'] })).toEqual([
        19, 20, 22, 22, 22, 23,
      ]);
    });

    it('counts arrivals already overdue from the first month', () => {
      expect(operational({ arrivals: ['2026-01-15', '2026-03-12'] })).toEqual([21, 21, 21, 21, 21, 21]);
    });

    it('takes a departure off from the month it happens', () => {
      expect(operational({ departures: ['2026-03-13', '2026-06-30'] })).toEqual([18, 18, 18, 17, 17, 17]);
    });

    it('ignores departures up to today: they are already out of today’s headcount', () => {
      expect(operational({ departures: ['2026-02-01', '2026-03-12'] })).toEqual([19, 19, 19, 19, 19, 19]);
    });

    it('ignores arrivals and departures beyond the forecast', () => {
      expect(operational({ arrivals: ['2026-09-01'], departures: ['2027-01-01'] })).toEqual([
        19, 19, 19, 19, 19, 19,
      ]);
    });
  });

  describe('reaching the target', () => {
    it('names the month the target is reached', () => {
      const result = forecast(input({ arrivals: ['2026-04-10', '2026-05-31', '2026-06-01', '2026-06-15'] }));
      expect(result.months).toEqual([
        { month: '2026-03', operational: 19, target: 23 },
        { month: '2026-04', operational: 20, target: 23 },
        { month: '2026-05', operational: 21, target: 23 },
        { month: '2026-06', operational: 23, target: 23 },
        { month: '2026-07', operational: 23, target: 23 },
        { month: '2026-08', operational: 23, target: 23 },
      ]);
      expect(result.targetReachedIn).toBe('2026-06');
      expect(result.shortfall).toBe(0);
    });

    it('counts the target reached when it is exceeded', () => {
      const result = forecast(input({ operationalNow: 24 }));
      expect(result.targetReachedIn).toBe('2026-03');
      expect(result.shortfall).toBe(0);
    });

    it('gives the shortfall at the end of the forecast when the target is never reached', () => {
      const result = forecast(input({ arrivals: ['2026-04-10', '2026-07-01'] }));
      expect(result.targetReachedIn).toBeNull();
      expect(result.shortfall).toBe(2);
    });

    it('pushes the target back when departures offset the arrivals', () => {
      const arrivals = ['2026-04-10', '2026-05-10', '2026-05-20', '2026-05-25', '2026-06-15'];
      expect(forecast(input({ arrivals })).targetReachedIn).toBe('2026-05');
      const result = forecast(input({ arrivals, departures: ['2026-05-05'] }));
      expect(result.targetReachedIn).toBe('2026-06');
      const later = forecast(input({ arrivals, departures: ['2026-05-05', '2026-06-30'] }));
      expect(later.targetReachedIn).toBeNull();
      expect(later.shortfall).toBe(1);
    });

    it('keeps the month first reached when a later departure takes the headcount below again', () => {
      const result = forecast(input({ operationalNow: 23, departures: ['2026-05-15'] }));
      expect(result.months.map((m) => m.operational)).toEqual([23, 23, 22, 22, 22, 22]);
      expect(result.targetReachedIn).toBe('2026-03');
      expect(result.shortfall).toBe(0);
    });

    it('works toward the next deadline, not one already passed', () => {
      const result = forecast(
        input({
          operationalNow: 21,
          arrivals: ['2026-07-10', '2026-08-10'],
          targets: [target('2026-01-01', 21), target('2026-06-30', 23)],
        }),
      );
      // 21 wanted by 01/01/2026 is met today, but the service works toward 23 by 30/06/2026.
      expect(result.months.map((m) => m.target)).toEqual([23, 23, 23, 23, 23, 23]);
      expect([result.target, result.targetDate]).toEqual([23, '2026-06-30']);
      expect(result.months.map((m) => m.operational)).toEqual([21, 21, 21, 21, 22, 23]);
      expect(result.targetReachedIn).toBe('2026-08');
    });

    it('steps the target line up month by month as each deadline passes', () => {
      const result = forecast(
        input({ months: 12, targets: [target('2026-06-30', 22), target('2026-12-31', 24)] }),
      );
      expect(result.months.map((m) => m.target)).toEqual([22, 22, 22, 22, 24, 24, 24, 24, 24, 24, 24, 24]);
      expect([result.target, result.targetDate]).toEqual([22, '2026-06-30']);
    });

    it('measures the forecast against today’s target, not a later one', () => {
      const result = forecast(
        input({
          operationalNow: 22,
          months: 12,
          targets: [target('2026-06-30', 22), target('2026-12-31', 24)],
        }),
      );
      expect(result.targetReachedIn).toBe('2026-03');
      expect(result.shortfall).toBe(0);
    });

    it('keeps the last target wanted once its date has passed', () => {
      const result = forecast(input({ operationalNow: 21, targets: [target('2026-05-31', 21)] }));
      expect(result.months.map((m) => m.target)).toEqual([21, 21, 21, 21, 21, 21]);
      expect(result.targetReachedIn).toBe('2026-03');
    });

    it('reaches nothing and misses nothing without a target', () => {
      const result = forecast(input({ targets: [], arrivals: ['2026-04-10'] }));
      expect(result.months.every((m) => m.target === null)).toBe(true);
      expect(result.targetReachedIn).toBeNull();
      expect(result.shortfall).toBe(0);
    });
  });

  describe('calendar helpers', () => {
    it('finds the last day of a month, leap years included', () => {
      expect(endOfMonth('2026-03-12')).toBe('2026-03-31');
      expect(endOfMonth('2026-04')).toBe('2026-04-30');
      expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
      expect(endOfMonth('2025-02')).toBe('2025-02-28');
      expect(endOfMonth('2026-12-01')).toBe('2026-12-31');
    });

    it('gives the month of a date', () => {
      expect(monthOf('2026-03-12')).toBe('2026-03');
    });

    it('writes a date the French way', () => {
      expect(formatDateFr('2026-03-12')).toBe('12/03/2026');
    });
  });
});
