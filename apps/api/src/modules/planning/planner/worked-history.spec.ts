import { DEFAULT_RULE_SET } from '@vigie/shared';

import { workedHistory } from './worked-history';

const ruleSet = DEFAULT_RULE_SET;

describe('what an agent already worked this year (the planner evens out the year)', () => {
  const worked = [
    // A Saturday night (weekend and night), a Friday day, a public holiday (14 July).
    { agentId: 'a', startsAt: '2026-07-04T21:00:00+02:00', endsAt: '2026-07-05T05:00:00+02:00' },
    { agentId: 'a', startsAt: '2026-07-03T06:00:00+02:00', endsAt: '2026-07-03T14:00:00+02:00' },
    { agentId: 'a', startsAt: '2026-07-14T06:00:00+02:00', endsAt: '2026-07-14T14:00:00+02:00' },
  ];
  const history = workedHistory({
    ruleSet,
    from: '2026-08-03',
    since: '2026-06-01',
    agents: [
      { id: 'a', hireDate: '2010-01-01' },
      { id: 'b', hireDate: '2026-07-20' },
      { id: 'c', hireDate: '2010-01-01', departureDate: '2026-06-11' },
    ],
    worked,
    absences: [{ agentId: 'a', startsAt: '2026-07-20T00:00:00+02:00', endsAt: '2026-07-30T00:00:00+02:00' }],
    holidays: new Set(['2026-07-14']),
  });

  it('counts hours, nights, weekend and public-holiday shifts by the shared rules', () => {
    expect(history.get('a')).toMatchObject({ hours: 24, nights: 1, weekends: 1, holidays: 1 });
  });

  it('counts the days available from the first roster day, less approved absences', () => {
    // 1 June → 3 August is 63 days; 10 days of leave.
    expect(history.get('a')!.availableDays).toBeCloseTo(53, 5);
  });

  it('counts a newcomer from his arrival and a leaver to his departure', () => {
    expect(history.get('b')).toEqual({ hours: 0, nights: 0, weekends: 0, holidays: 0, availableDays: 14 });
    expect(history.get('c')!.availableDays).toBeCloseTo(10, 5);
  });
});
