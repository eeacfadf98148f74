import { Grade } from '../agents/agent.enum';
import {
  defaultSchedule,
  defaultTimeBasis,
  describeSchedule,
  scheduledHours,
  ScheduledInput,
  scheduleProblem,
  TimeBasis,
  trainingPeriod,
  withinService,
} from './time-basis.rules';

const at = (iso: string): number => Date.parse(iso);
// Week of Monday 4 May 2026; Friday 8 May is a public holiday (Victoire 1945).
const HOLIDAYS = new Set(['2026-05-01', '2026-05-08']);
const OFFICE = defaultSchedule(1);

function input(overrides: Partial<ScheduledInput> = {}): ScheduledInput {
  return {
    year: 2026,
    now: at('2026-06-01T08:00:00+02:00'),
    schedule: OFFICE,
    periods: [{ from: '2026-05-04', to: '2026-05-10' }],
    holidays: new Set<string>(),
    absences: [],
    rosteredDays: new Set<string>(),
    ...overrides,
  };
}

describe('how an agent is counted', () => {
  it('counts administrative staff by schedule, police and ASVP by roster', () => {
    expect(defaultTimeBasis(Grade.ADMINISTRATIVE)).toBe(TimeBasis.SCHEDULE);
    expect(defaultTimeBasis(Grade.GARDIEN_BRIGADIER)).toBe(TimeBasis.ROSTER);
    expect(defaultTimeBasis(Grade.ASVP)).toBe(TimeBasis.ROSTER);
  });

  it('gives the office week Monday–Friday at the standard day, pro rata of the contract', () => {
    expect(OFFICE).toEqual({ weekdays: [1, 2, 3, 4, 5], dailyHours: 7 });
    expect(defaultSchedule(0.8)).toEqual({ weekdays: [1, 2, 3, 4, 5], dailyHours: 5.6 });
    expect(describeSchedule(OFFICE)).toBe('lundi–vendredi, 7 h par jour');
    expect(describeSchedule({ weekdays: [4, 1, 2], dailyHours: 7.5 })).toBe(
      'lundi, mardi, jeudi, 7 h 30 par jour',
    );
  });

  it('refuses a schedule without days, with a day twice, above 10 h a day or 48 h a week', () => {
    expect(scheduleProblem({ weekdays: [], dailyHours: 7 })).toBe('au moins un jour travaillé');
    expect(scheduleProblem({ weekdays: [1, 1], dailyHours: 7 })).toBe('un jour figure deux fois');
    expect(scheduleProblem({ weekdays: [0], dailyHours: 7 })).toMatch(/de 1 \(lundi\) à 7/);
    expect(scheduleProblem({ weekdays: [1], dailyHours: 10.01 })).toBe('heures par jour entre 0 et 10');
    expect(scheduleProblem({ weekdays: [1, 2, 3, 4, 5, 6], dailyHours: 8 })).toBeNull();
    expect(scheduleProblem({ weekdays: [1, 2, 3, 4, 5, 6], dailyHours: 8.5 })).toBe(
      '48 h par semaine au plus',
    );
  });
});

describe('hours worked by a fixed schedule', () => {
  it('counts each weekday of the week worked, the weekend not', () => {
    expect(scheduledHours(input())).toEqual({ worked: 35, upcoming: 0, days: 5 });
  });

  it('counts from an arrival on Wednesday, that day included', () => {
    const hired = withinService({ from: '2026-01-01', to: '2026-12-31' }, '2026-05-06', null)!;
    expect(
      scheduledHours(input({ periods: [hired], counted: { from: '2026-01-01', to: '2026-05-10' } })),
    ).toEqual({ worked: 21, upcoming: 0, days: 3 });
  });

  it('leaves out a day of absence (leave draws on its balance, sickness is credited apart)', () => {
    const leave = { start: at('2026-05-05T00:00:00+02:00'), end: at('2026-05-06T00:00:00+02:00') };
    expect(scheduledHours(input({ absences: [leave] })).worked).toBe(28);
    // Half a day of absence still takes the day from the schedule.
    const afternoon = { start: at('2026-05-07T13:00:00+02:00'), end: at('2026-05-07T17:00:00+02:00') };
    expect(scheduledHours(input({ absences: [afternoon] })).worked).toBe(28);
  });

  it('leaves out a public holiday on a schedule day (the 1 607 h already leave it out)', () => {
    expect(scheduledHours(input({ holidays: HOLIDAYS }))).toEqual({ worked: 28, upcoming: 0, days: 4 });
  });

  it('counts an 80 % contract at 5.6 h a day, or on four days of 7 h', () => {
    expect(scheduledHours(input({ schedule: defaultSchedule(0.8) })).worked).toBe(28);
    expect(scheduledHours(input({ schedule: { weekdays: [1, 2, 4, 5], dailyHours: 7 } })).worked).toBe(28);
  });

  it('lets the roster count a day he is rostered', () => {
    expect(scheduledHours(input({ rosteredDays: new Set(['2026-05-06']) })).worked).toBe(28);
  });

  it('counts today on as to come, and nothing past the account’s end', () => {
    const now = at('2026-05-06T08:00:00+02:00');
    expect(scheduledHours(input({ now }))).toEqual({ worked: 14, upcoming: 21, days: 5 });
    expect(scheduledHours(input({ now, counted: { from: '2026-01-01', to: '2026-05-07' } }))).toEqual({
      worked: 14,
      upcoming: 14,
      days: 4,
    });
  });

  it('counts a day once when two periods overlap, and only days of the year', () => {
    const periods = [
      { from: '2025-12-29', to: '2026-01-02' },
      { from: '2026-01-01', to: '2026-01-02' },
    ];
    // 1 January is a holiday in real life; here only the year's bound is tested: Thu 1 and Fri 2.
    expect(scheduledHours(input({ periods })).days).toBe(2);
  });
});

describe('the FIA period of a recruit', () => {
  it('runs from the training’s start to its end as recorded', () => {
    expect(trainingPeriod('2026-02-02', '2026-08-28', false, '2026-12-31')).toEqual({
      from: '2026-02-02',
      to: '2026-08-28',
    });
  });

  it('is open to the account’s end while he is still in training', () => {
    expect(trainingPeriod('2026-02-02', null, true, '2026-06-07')).toEqual({
      from: '2026-02-02',
      to: '2026-06-07',
    });
  });

  it('is none before the start is recorded, or once he is out of training without its end', () => {
    expect(trainingPeriod(null, null, true, '2026-06-07')).toBeNull();
    expect(trainingPeriod('2026-02-02', null, false, '2026-06-07')).toBeNull();
  });

  it('is clipped to his service', () => {
    expect(withinService({ from: '2026-01-05', to: '2026-06-30' }, '2026-02-01', '2026-03-31')).toEqual({
      from: '2026-02-01',
      to: '2026-03-31',
    });
    expect(withinService({ from: '2026-01-05', to: '2026-01-30' }, '2026-02-01', null)).toBeNull();
  });
});
