import {
  accountHours,
  balanceToDate,
  compareDrift,
  countedPeriod,
  daysInService,
  hoursDue,
  hoursDueWithin,
  occurrenceOvertime,
  overtimeIntervals,
  projectedBalance,
  splitByKind,
  WorkedRecord,
} from './time-account.rules';

const at = (iso: string): number => Date.parse(iso);
const NO_HOLIDAYS = new Set<string>();
const HOLIDAYS_2026 = new Set([
  '2026-01-01',
  '2026-05-01',
  '2026-07-14',
  '2026-11-01',
  '2026-11-11',
  '2026-12-25',
]);
const fullTime = { hireDate: '2010-01-01', departureDate: null, contractRatio: 1 };

describe('hours due (décret 2000-815 art. 1)', () => {
  it('is 1 607 h for a full-time year, leap or not', () => {
    expect(hoursDue(fullTime, 2026)).toBe(1607);
    expect(hoursDue(fullTime, 2028)).toBe(1607);
  });

  it('is pro rata of an 80 % contract', () => {
    expect(hoursDue({ ...fullTime, contractRatio: 0.8 }, 2026)).toBe(1285.6);
  });

  it('counts from the arrival day, that day included', () => {
    // 1 July to 31 December 2026: 184 days of 365.
    expect(daysInService({ ...fullTime, hireDate: '2026-07-01' }, 2026)).toBe(184);
    expect(hoursDue({ ...fullTime, hireDate: '2026-07-01' }, 2026)).toBe(810.1);
  });

  it('stops at the departure day, that day included, and counts 29 February in a leap year', () => {
    expect(daysInService({ ...fullTime, departureDate: '2028-02-29' }, 2028)).toBe(60);
    expect(hoursDue({ ...fullTime, departureDate: '2028-02-29' }, 2028)).toBe(263.44);
  });

  it('over part of the year, is the year’s due pro rata of the days in service within it, both ends included', () => {
    // The whole year is the year's due; January alone 31 days of 365; an 80 % agent four fifths.
    expect(hoursDueWithin(fullTime, 2026, { from: '2026-01-01', to: '2026-12-31' })).toBe(1607);
    expect(hoursDueWithin(fullTime, 2026, { from: '2026-01-01', to: '2026-01-31' })).toBe(136.48);
    expect(
      hoursDueWithin({ ...fullTime, contractRatio: 0.8 }, 2026, { from: '2026-01-01', to: '2026-01-31' }),
    ).toBe(109.19);
    // Arrived on 20 January: 12 days of January; leaves on 10 January: 10 days.
    expect(
      hoursDueWithin({ ...fullTime, hireDate: '2026-01-20' }, 2026, { from: '2026-01-01', to: '2026-01-31' }),
    ).toBe(52.83);
    expect(
      hoursDueWithin({ ...fullTime, departureDate: '2026-01-10' }, 2026, {
        from: '2026-01-01',
        to: '2026-01-31',
      }),
    ).toBe(44.03);
    // Not yet arrived, or already gone: nothing.
    expect(
      hoursDueWithin({ ...fullTime, hireDate: '2026-02-01' }, 2026, { from: '2026-01-01', to: '2026-01-31' }),
    ).toBe(0);
  });

  it('is nothing for a year before the arrival or after the departure', () => {
    expect(hoursDue({ ...fullTime, hireDate: '2027-01-01' }, 2026)).toBe(0);
    expect(hoursDue({ ...fullTime, departureDate: '2025-12-31' }, 2026)).toBe(0);
  });

  it('is reduced by days out of the service, overlapping periods counted once', () => {
    const out = [
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2026-03-15', to: '2026-04-09' },
    ];
    expect(daysInService(fullTime, 2026, out)).toBe(365 - 40);
  });

  it('takes the commune’s annual hours', () => {
    expect(hoursDue(fullTime, 2026, { annualHours: 1600 })).toBe(1600);
  });
});

describe('the account’s period and its balance to date', () => {
  it('opens on 1 January when the roster was published before the year, and runs to the last published day', () => {
    expect(countedPeriod(2026, '2025-03-02', '2026-06-14', '2026-06-03')).toEqual({
      from: '2026-01-01',
      to: '2026-06-14',
    });
  });

  it('opens on the first published day when Vigie’s roster began in the year', () => {
    expect(countedPeriod(2026, '2026-11-30', '2026-12-06', '2026-12-04')).toEqual({
      from: '2026-11-30',
      to: '2026-12-06',
    });
  });

  it('runs to today when nothing is published ahead, and never past 31 December', () => {
    expect(countedPeriod(2026, '2026-01-05', '2026-03-01', '2026-03-20').to).toBe('2026-03-20');
    expect(countedPeriod(2026, '2026-01-05', '2027-01-10', '2027-01-02').to).toBe('2026-12-31');
    expect(countedPeriod(2026, null, null, '2026-05-01')).toEqual({ from: '2026-01-01', to: '2026-05-01' });
  });

  it('counts hours due over the period only, both ends included', () => {
    // 7 days of a 365-day year at 1 607 h.
    expect(hoursDueWithin(fullTime, 2026, { from: '2026-11-30', to: '2026-12-06' })).toBe(30.82);
    expect(hoursDueWithin(fullTime, 2026, { from: '2026-01-01', to: '2026-12-31' })).toBe(1607);
    // An arrival within the period counts from the arrival.
    const arrived = { ...fullTime, hireDate: '2026-12-03' };
    expect(hoursDueWithin(arrived, 2026, { from: '2026-11-30', to: '2026-12-06' })).toBe(17.61);
    expect(hoursDueWithin(arrived, 2026, { from: '2026-11-30', to: '2026-12-02' })).toBe(0);
  });

  it('is what was worked and is still planned less what is due to date, and sorts the largest drift first', () => {
    expect(balanceToDate({ hoursWorked: 20, hoursUpcoming: 15 }, 30.82)).toBe(4.18);
    expect(balanceToDate({ hoursWorked: 0, hoursUpcoming: 0 }, 30.82)).toBe(-30.82);
    const accounts = [{ balanceToDate: 3 }, { balanceToDate: -12 }, { balanceToDate: 7 }];
    expect(accounts.sort(compareDrift).map((a) => a.balanceToDate)).toEqual([-12, 7, 3]);
  });

  it('leaves out credited absence days outside the period', () => {
    const training = { start: at('2026-11-23T07:00:00Z'), end: at('2026-12-05T16:00:00Z') };
    const hours = (counted?: { from: string; to: string }) =>
      accountHours({
        year: 2026,
        now: at('2026-12-10T12:00:00Z'),
        shifts: [],
        records: [],
        credited: [training],
        contractRatio: 1,
        holidays: NO_HOLIDAYS,
        counted,
      }).hoursWorked;
    // Two working weeks (10 days × 7 h) without a period; the week of 30/11 only (5 days) with one.
    expect(hours()).toBe(70);
    expect(hours({ from: '2026-11-30', to: '2026-12-31' })).toBe(35);
  });
});

describe('payroll kinds of an hour (décret 2002-60 art. 4 and 8)', () => {
  it('counts 22:00–07:00 as night, whatever the day', () => {
    // Friday 4 December 2026, 20:00 → Saturday 08:00 (Paris, UTC+1).
    const pieces = splitByKind(
      { start: at('2026-12-04T19:00:00Z'), end: at('2026-12-05T07:00:00Z') },
      NO_HOLIDAYS,
    );
    const byKind = pieces.reduce<Record<string, number>>(
      (sum, p) => ({ ...sum, [p.kind]: (sum[p.kind] ?? 0) + p.hours }),
      {},
    );
    expect(byKind).toEqual({ day: 3, night: 9 });
  });

  it('counts the night of the spring change as its 8 real hours, not 9', () => {
    // Saturday 28 March 2026 22:00 (UTC+1) → Sunday 29 March 07:00 (UTC+2): 8 hours.
    const pieces = splitByKind(
      { start: at('2026-03-28T21:00:00Z'), end: at('2026-03-29T05:00:00Z') },
      NO_HOLIDAYS,
    );
    expect(pieces.every((p) => p.kind === 'night')).toBe(true);
    expect(pieces.reduce((sum, p) => sum + p.hours, 0)).toBe(8);
  });

  it('counts the night of the autumn change as its 10 real hours', () => {
    const pieces = splitByKind(
      { start: at('2026-10-24T20:00:00Z'), end: at('2026-10-25T06:00:00Z') },
      NO_HOLIDAYS,
    );
    expect(pieces.reduce((sum, p) => sum + p.hours, 0)).toBe(10);
  });

  it('gives a Sunday’s daytime the Sunday kind and its night the night kind (no cumulation)', () => {
    // Sunday 6 December 2026, 05:00 → 12:00.
    const pieces = splitByKind(
      { start: at('2026-12-06T04:00:00Z'), end: at('2026-12-06T11:00:00Z') },
      NO_HOLIDAYS,
    );
    expect(pieces).toEqual([
      { date: '2026-12-06', kind: 'night', hours: 2 },
      { date: '2026-12-06', kind: 'sunday', hours: 5 },
    ]);
  });

  it('gives a public holiday on a Sunday the holiday kind, once', () => {
    // Toussaint 2026 is a Sunday.
    const pieces = splitByKind(
      { start: at('2026-11-01T08:00:00Z'), end: at('2026-11-01T12:00:00Z') },
      HOLIDAYS_2026,
    );
    expect(pieces).toEqual([{ date: '2026-11-01', kind: 'holiday', hours: 4 }]);
  });
});

describe('overtime of an occurrence', () => {
  const planned = { start: at('2026-12-01T13:00:00Z'), end: at('2026-12-01T20:00:00Z') }; // 14:00–21:00

  it('is the overrun past the planned end, night hours apart', () => {
    const worked = { start: planned.start, end: at('2026-12-01T22:30:00Z') }; // until 23:30
    expect(occurrenceOvertime(worked, planned, NO_HOLIDAYS)).toEqual({
      day: 1,
      night: 1.5,
      sunday: 0,
      holiday: 0,
    });
  });

  it('is every hour of a recall on a rest day', () => {
    const recall = { start: at('2026-11-29T08:00:00Z'), end: at('2026-11-29T12:00:00Z') }; // a Sunday
    expect(occurrenceOvertime(recall, null, NO_HOLIDAYS)).toEqual({
      day: 0,
      night: 0,
      sunday: 4,
      holiday: 0,
    });
  });

  it('is nothing for a shift cut short, never negative', () => {
    const worked = { start: planned.start, end: at('2026-12-01T17:00:00Z') };
    expect(overtimeIntervals(worked, planned)).toEqual([]);
    expect(occurrenceOvertime(worked, planned, NO_HOLIDAYS)).toEqual({
      day: 0,
      night: 0,
      sunday: 0,
      holiday: 0,
    });
  });

  it('counts both an early start and a late end', () => {
    const worked = { start: at('2026-12-01T12:00:00Z'), end: at('2026-12-01T21:00:00Z') };
    expect(occurrenceOvertime(worked, planned, NO_HOLIDAYS).day).toBe(2);
  });
});

describe('hours planned, draft and worked of a year', () => {
  const now = at('2026-12-06T10:00:00Z');
  const shift = (id: string, startIso: string, hours: number, published = true) => ({
    shiftId: id,
    start: at(startIso),
    end: at(startIso) + hours * 3_600_000,
    published,
  });

  it('counts a passed published shift as worked, a future one as still to come, a draft apart', () => {
    const result = accountHours({
      year: 2026,
      now,
      contractRatio: 1,
      holidays: NO_HOLIDAYS,
      records: [],
      shifts: [
        shift('past', '2026-12-01T06:00:00Z', 8),
        shift('future', '2026-12-10T06:00:00Z', 8),
        shift('draft', '2026-12-20T06:00:00Z', 7, false),
        shift('last-year', '2025-12-30T06:00:00Z', 8),
      ],
    });
    expect(result).toMatchObject({ hoursPlanned: 16, hoursDraft: 7, hoursWorked: 8, hoursUpcoming: 8 });
    expect(projectedBalance(result, 20)).toBe(-4);
  });

  it('takes the supervisor’s record over the roster: an overrun paid, a recall turned into rest', () => {
    const result = accountHours({
      year: 2026,
      now,
      contractRatio: 1,
      holidays: NO_HOLIDAYS,
      shifts: [shift('s1', '2026-12-01T13:00:00Z', 7)],
      records: [
        {
          shiftId: 's1',
          start: at('2026-12-01T13:00:00Z'),
          end: at('2026-12-01T22:00:00Z'),
          compensation: 'PAYMENT',
        },
        {
          shiftId: 'recall',
          start: at('2026-11-29T08:00:00Z'),
          end: at('2026-11-29T12:00:00Z'),
          compensation: 'REST',
        },
      ],
    });
    expect(result.hoursWorked).toBe(13);
    expect(result.overtime).toEqual({ day: 1, night: 1, sunday: 0, holiday: 0 });
    expect(result.rested).toBe(4);
    expect(result.overtimeMonths).toEqual([
      {
        month: '2026-11',
        paid: { day: 0, night: 0, sunday: 0, holiday: 0 },
        rested: 4,
        ceiling: 25,
        overCeiling: false,
      },
      {
        month: '2026-12',
        paid: { day: 1, night: 1, sunday: 0, holiday: 0 },
        rested: 0,
        ceiling: 25,
        overCeiling: false,
      },
    ]);
  });

  it('warns past 25 h of overtime in a month, paid and rested together, but never refuses', () => {
    const records = Array.from({ length: 4 }, (_, i): WorkedRecord => ({
      shiftId: `r${i}`,
      start: at(`2026-11-0${i + 2}T08:00:00Z`),
      end: at(`2026-11-0${i + 2}T14:30:00Z`),
      compensation: i === 0 ? 'REST' : 'PAYMENT',
    }));
    const result = accountHours({
      year: 2026,
      now,
      contractRatio: 1,
      holidays: NO_HOLIDAYS,
      shifts: [],
      records,
    });
    expect(result.overtimeMonths).toEqual([
      expect.objectContaining({ month: '2026-11', rested: 6.5, overCeiling: true }),
    ]);
    expect(result.overtime.day).toBe(19.5);
  });

  it('counts exactly 25 h as within the ceiling', () => {
    const records = [
      {
        shiftId: 'a',
        start: at('2026-11-02T08:00:00Z'),
        end: at('2026-11-02T20:00:00Z'),
        compensation: 'PAYMENT' as const,
      },
      {
        shiftId: 'b',
        start: at('2026-11-03T07:00:00Z'),
        end: at('2026-11-03T20:00:00Z'),
        compensation: 'PAYMENT' as const,
      },
    ];
    const result = accountHours({
      year: 2026,
      now,
      contractRatio: 1,
      holidays: NO_HOLIDAYS,
      shifts: [],
      records,
    });
    expect(result.overtimeMonths[0].overCeiling).toBe(false);
  });

  it('pro-rates the ceiling of a part-timer: 20 h at 80 % (décret 82-624 art. 3)', () => {
    const record = (id: string, day: string, hours: number): WorkedRecord => ({
      shiftId: id,
      start: at(`2026-11-${day}T08:00:00Z`),
      end: at(`2026-11-${day}T08:00:00Z`) + hours * 3_600_000,
      compensation: 'PAYMENT',
    });
    const month = (records: WorkedRecord[]) =>
      accountHours({ year: 2026, now, contractRatio: 0.8, holidays: NO_HOLIDAYS, shifts: [], records })
        .overtimeMonths[0].overCeiling;
    expect(month([record('a', '02', 10), record('b', '03', 10)])).toBe(false);
    expect(month([record('a', '02', 10), record('b', '03', 10.25)])).toBe(true);
  });

  it('credits a sick week at the standard day of the contract, weekends and holidays aside', () => {
    // Monday 9 to Sunday 15 November 2026, 11 November a holiday: 4 working days × 7 h × 0.8.
    const result = accountHours({
      year: 2026,
      now,
      contractRatio: 0.8,
      holidays: HOLIDAYS_2026,
      shifts: [],
      records: [],
      credited: [{ start: at('2026-11-08T23:00:00Z'), end: at('2026-11-15T23:00:00Z') }],
    });
    expect(result.hoursCredited).toBe(22.4);
    expect(result.hoursWorked).toBe(22.4);
  });

  it('adds a fixed schedule’s days to the hours worked and to come, the roster’s days left to it', () => {
    // Week of Monday 30 November 2026, now Sunday 6 December: Mon–Fri past. Wednesday rostered.
    const result = accountHours({
      year: 2026,
      now,
      contractRatio: 1,
      holidays: NO_HOLIDAYS,
      shifts: [shift('wed', '2026-12-02T06:00:00Z', 8), shift('draft', '2026-12-03T06:00:00Z', 8, false)],
      records: [],
      scheduled: {
        schedule: { weekdays: [1, 2, 3, 4, 5], dailyHours: 7 },
        periods: [{ from: '2026-11-30', to: '2026-12-11' }],
        absences: [],
      },
      counted: { from: '2026-01-01', to: '2026-12-11' },
    });
    // 4 schedule days past (the draft Thursday is still a schedule day) + 8 h rostered; 5 to come.
    expect(result.hoursWorked).toBe(36);
    expect(result.hoursUpcoming).toBe(35);
    expect(result.hoursScheduled).toBe(63);
  });
});
