import { Grade } from './agent.enum';
import { compareContinuingTraining, continuingTraining } from './continuing-training.rules';

const HIRED = '2020-09-01';

describe('continuing training (10 days per 5 years, per 3 years for chefs de service)', () => {
  it('counts an agent’s periods of 5 years from his hire date, the deadline being the day before the next', () => {
    const progress = continuingTraining(Grade.GARDIEN_BRIGADIER, HIRED, [], '2025-08-31');
    expect(progress).toMatchObject({ periodStart: '2020-09-01', deadline: '2025-08-31', minDays: 10 });
    expect(continuingTraining(Grade.GARDIEN_BRIGADIER, HIRED, [], '2025-09-01')).toMatchObject({
      periodStart: '2025-09-01',
      deadline: '2030-08-31',
    });
  });

  it('gives a chef de service periods of 3 years', () => {
    expect(continuingTraining(Grade.CHEF_DE_SERVICE, HIRED, [], '2023-09-01')).toMatchObject({
      periodStart: '2023-09-01',
      deadline: '2026-08-31',
    });
  });

  it('tracks nothing for ASVP, administrative staff and directors', () => {
    expect(continuingTraining(Grade.ASVP, HIRED, [], '2026-01-01')).toBeNull();
    expect(continuingTraining(Grade.ADMINISTRATIVE, HIRED, [], '2026-01-01')).toBeNull();
    expect(continuingTraining(Grade.DIRECTEUR, HIRED, [], '2026-01-01')).toBeNull();
  });

  it('counts only the current period’s days: 9 is not done, 10 is', () => {
    const nine = [
      { date: '2026-02-01', days: 5 },
      { date: '2027-03-01', days: 4 },
      { date: '2025-08-31', days: 5 },
    ];
    expect(continuingTraining(Grade.GARDIEN_BRIGADIER, HIRED, nine, '2027-06-01')).toMatchObject({ days: 9 });
    const ten = [...nine, { date: '2027-05-01', days: 1 }];
    expect(continuingTraining(Grade.GARDIEN_BRIGADIER, HIRED, ten, '2027-06-01')).toMatchObject({
      days: 10,
      status: 'DONE',
    });
  });

  it('is behind when fewer days are done than the whole years gone call for, on track otherwise', () => {
    // Two whole years and a half of the second period gone: 4 days expected; the first one was done.
    const halfway = '2028-03-15';
    const first = { date: '2023-01-01', days: 10 };
    expect(
      continuingTraining(Grade.GARDIEN_BRIGADIER, HIRED, [first, { date: '2026-01-01', days: 3 }], halfway)
        ?.status,
    ).toBe('BEHIND');
    expect(
      continuingTraining(Grade.GARDIEN_BRIGADIER, HIRED, [first, { date: '2026-01-01', days: 4 }], halfway)
        ?.status,
    ).toBe('ON_TRACK');
  });

  it('says the previous period ended short (lapsed) until the current one is done', () => {
    const progress = continuingTraining(
      Grade.GARDIEN_BRIGADIER,
      HIRED,
      [{ date: '2024-01-01', days: 8 }],
      '2025-09-02',
    );
    expect(progress).toMatchObject({
      status: 'LAPSED',
      previousShortfall: { periodStart: '2020-09-01', deadline: '2025-08-31', days: 8 },
    });
  });

  it('puts those behind first, the nearest deadline first within a status', () => {
    const lapsed = continuingTraining(Grade.GARDIEN_BRIGADIER, HIRED, [], '2025-09-02')!;
    const behindLate = continuingTraining(Grade.GARDIEN_BRIGADIER, '2021-01-01', [], '2025-06-01')!;
    const behindSoon = continuingTraining(Grade.GARDIEN_BRIGADIER, '2020-10-01', [], '2025-06-01')!;
    const done = continuingTraining(
      Grade.GARDIEN_BRIGADIER,
      HIRED,
      [{ date: '2025-10-01', days: 10 }],
      '2025-10-02',
    )!;
    const sorted = [done, behindLate, lapsed, behindSoon].sort(compareContinuingTraining);
    expect(sorted).toEqual([lapsed, behindSoon, behindLate, done]);
  });
});
