import { AgentStatus, StaffCategory } from '../agents/agent.enum';
import { addDays } from '../common/calendar/local-date';
import { RosterRule } from './planning.enum';
import { absence, agent, only, roster, shift, weekdays } from './roster.builders';
import { checkRoster } from './roster.rules';
import { RosterAbsence, RosterAgent, RosterAssignment, RosterInput, RosterShift } from './roster.types';

const FROM = '2026-06-01'; // a Monday
const TO = '2026-06-28'; // four weeks

const anne = agent({ id: 'anne', name: 'Anne Martin' });
const bruno = agent({ id: 'bruno', name: 'Bruno Dubois' });
const chloe = agent({ id: 'chloe', name: 'Chloé Leroy' });
const david = agent({ id: 'david', name: 'David Moreau' });

/**
 * Each agent works as many shifts of `times` as given, on his own days from `first` (one agent's
 * shifts are not shared, so the counts are exact).
 */
function spread(
  counts: [RosterAgent, number][],
  times = '22:00-06:00',
  first = FROM,
  step = 1,
): { shifts: RosterShift[]; assignments: RosterAssignment[] } {
  const shifts: RosterShift[] = [];
  const assignments: RosterAssignment[] = [];
  for (const [who, n] of counts) {
    for (let i = 0; i < n; i++) {
      const s = shift(`${addDays(first, i * step)} ${times}`, { id: `${who.id} ${i}`, label: 'Service' });
      shifts.push(s);
      assignments.push({ shiftId: s.id, agentId: who.id });
    }
  }
  return { shifts, assignments };
}

function check(
  counts: [RosterAgent, number][],
  extra: {
    agents?: RosterAgent[];
    absences?: RosterAbsence[];
    times?: string;
    first?: string;
    step?: number;
  } = {},
): RosterInput {
  const { shifts, assignments } = spread(counts, extra.times, extra.first, extra.step);
  return roster(shifts, FROM, TO, {
    agents: [...counts.map(([who]) => who), ...(extra.agents ?? [])],
    assignments,
    absences: extra.absences ?? [],
  });
}

function warnings(input: RosterInput, rule: RosterRule): string[] {
  return only(checkRoster(input).warnings, rule).map((f) => f.message);
}

describe('fairness rules', () => {
  describe('nights', () => {
    it('is content with nights spread evenly', () => {
      expect(
        warnings(
          check([
            [anne, 3],
            [bruno, 3],
            [chloe, 3],
            [david, 3],
          ]),
          RosterRule.UNFAIR_NIGHTS,
        ),
      ).toEqual([]);
    });

    it('warns of an agent doing twice his share, not of those a night short of theirs', () => {
      const input = check([
        [anne, 6],
        [bruno, 2],
        [chloe, 2],
        [david, 2],
      ]);
      expect(only(checkRoster(input).warnings, RosterRule.UNFAIR_NIGHTS)).toEqual([
        {
          rule: RosterRule.UNFAIR_NIGHTS,
          severity: 'warning',
          agentId: 'anne',
          message: '6 nuits sur la période pour une part équitable de 3 (Anne Martin)',
        },
      ]);
    });

    it('tolerates a gap under half the share (3 nights over a share of 10)', () => {
      expect(
        warnings(
          check([
            [anne, 13],
            [bruno, 9],
            [chloe, 9],
            [david, 9],
          ]),
          RosterRule.UNFAIR_NIGHTS,
        ),
      ).toEqual([]);
    });

    it('gives a part-time agent a share in proportion to his contract', () => {
      const half = agent({ id: 'david', name: 'David Moreau', contractRatio: 0.5 });
      const balanced = check([
        [anne, 8],
        [bruno, 8],
        [chloe, 8],
        [half, 4],
      ]);
      const unfair = check([
        [anne, 8],
        [bruno, 8],
        [chloe, 4],
        [half, 8],
      ]);
      expect(warnings(balanced, RosterRule.UNFAIR_NIGHTS)).toEqual([]);
      expect(warnings(unfair, RosterRule.UNFAIR_NIGHTS)).toEqual([
        '4 nuits sur la période pour une part équitable de 8 (Chloé Leroy)',
        '8 nuits sur la période pour une part équitable de 4 (David Moreau, temps partiel à 50 %)',
      ]);
    });

    it('gives an agent on leave for half the period half a share', () => {
      const leave = [absence('anne', '2026-06-01T00:00', '2026-06-15T00:00')];
      // Anne's share is 4 nights of 28, not 7: 3 is close enough.
      const input = check(
        [
          [anne, 3],
          [bruno, 8],
          [chloe, 8],
          [david, 9],
        ],
        { absences: leave, first: '2026-06-15' },
      );
      expect(warnings(input, RosterRule.UNFAIR_NIGHTS)).toEqual([]);
    });

    it('expects nothing of agents who cannot work nights: departed, on long absence, administrative', () => {
      const others = [
        agent({ id: 'gone', name: 'Parti', status: AgentStatus.DEPARTED }),
        agent({ id: 'away', name: 'Absent', status: AgentStatus.LONG_ABSENCE }),
        agent({ id: 'clerk', name: 'Administratif', category: StaffCategory.ADMINISTRATIVE }),
      ];
      const { shifts, assignments } = spread([
        [anne, 3],
        [bruno, 3],
      ]);
      const patrols = shifts.map((s) => ({ ...s, categories: [StaffCategory.POLICE] }));
      const input = roster(patrols, FROM, TO, { agents: [anne, bruno, ...others], assignments });
      expect(warnings(input, RosterRule.UNFAIR_NIGHTS)).toEqual([]);
    });

    it('counts an operational agent who did no night, not a trainee who was not rostered', () => {
      const trainee = agent({ id: 'lea', name: 'Léa Blanc', status: AgentStatus.IN_TRAINING });
      const idle = check(
        [
          [anne, 4],
          [bruno, 4],
        ],
        { agents: [chloe, trainee] },
      );
      expect(warnings(idle, RosterRule.UNFAIR_NIGHTS)).toEqual([
        '0 nuit sur la période pour une part équitable de 2,7 (Chloé Leroy)',
      ]);
    });
  });

  describe('weekends', () => {
    it('warns of an agent doing most weekend shifts', () => {
      // Saturday day shifts: the 4 of June for Anne, 1 for Bruno, 1 for Chloé, none for David.
      const input = check(
        [
          [anne, 4],
          [bruno, 1],
          [chloe, 1],
          [david, 0],
        ],
        {
          times: '08:00-16:00',
          first: '2026-06-06',
          step: 7,
        },
      );
      expect(only(checkRoster(input).warnings, RosterRule.UNFAIR_WEEKENDS)).toEqual([
        {
          rule: RosterRule.UNFAIR_WEEKENDS,
          severity: 'warning',
          agentId: 'anne',
          message: '4 services de week-end sur la période pour une part équitable de 1,5 (Anne Martin)',
        },
      ]);
    });

    it('does not count weekday shifts', () => {
      const input = check(
        [
          [anne, 5],
          [bruno, 1],
        ],
        { times: '08:00-16:00', first: '2026-06-01', step: 7 },
      );
      expect(warnings(input, RosterRule.UNFAIR_WEEKENDS)).toEqual([]);
    });
  });

  describe('hours against the contract', () => {
    const work = (who: RosterAgent, shifts: RosterShift[], absences: RosterAbsence[] = []) =>
      roster(shifts, FROM, TO, { agents: [who], absences });
    const fullMonth = weekdays(FROM, TO, '08:00-15:00'); // 20 days of 7 h: 140 h

    it('is content with a full-time agent working 35 h a week', () => {
      expect(warnings(work(anne, fullMonth), RosterRule.HOURS_FROM_CONTRACT)).toEqual([]);
    });

    it('tolerates up to 20 % less', () => {
      const shifts = weekdays(FROM, TO, '08:00-13:45'); // 115 h
      expect(warnings(work(anne, shifts), RosterRule.HOURS_FROM_CONTRACT)).toEqual([]);
    });

    it('warns of an agent far under his contract', () => {
      const shifts = weekdays(FROM, TO, '08:00-13:00'); // 100 h
      expect(only(checkRoster(work(anne, shifts)).warnings, RosterRule.HOURS_FROM_CONTRACT)).toEqual([
        {
          rule: RosterRule.HOURS_FROM_CONTRACT,
          severity: 'warning',
          agentId: 'anne',
          message:
            '100 h de travail sur la période pour 140 h attendues au contrat : écart de plus de 20 % (Anne Martin)',
        },
      ]);
    });

    it('expects 80 % of the hours of a part-time agent at 80 %', () => {
      const part = agent({ id: 'anne', name: 'Anne Martin', contractRatio: 0.8 });
      expect(warnings(work(part, weekdays(FROM, TO, '08:00-13:36')), RosterRule.HOURS_FROM_CONTRACT)).toEqual(
        [],
      );
      expect(warnings(work(part, fullMonth), RosterRule.HOURS_FROM_CONTRACT)).toEqual([
        '140 h de travail sur la période pour 112 h attendues au contrat : écart de plus de 20 % (Anne Martin, temps partiel à 80 %)',
      ]);
    });

    it('takes 7 h off per weekday of approved absence', () => {
      const leave = [absence('anne', '2026-06-08T00:00', '2026-06-15T00:00')];
      const shifts = fullMonth.filter((s) => s.id < '2026-06-08' || s.id >= '2026-06-15'); // 105 h
      expect(warnings(work(anne, shifts, leave), RosterRule.HOURS_FROM_CONTRACT)).toEqual([]);
      expect(warnings(work(anne, shifts), RosterRule.HOURS_FROM_CONTRACT)).toHaveLength(1);
    });

    it('does not take off a few hours of absence in a day', () => {
      const session = [absence('anne', '2026-06-09T09:00', '2026-06-09T12:00', 'Séance de tir')];
      const shifts = weekdays(FROM, TO, '08:00-13:00'); // 100 h
      expect(warnings(work(anne, shifts, session), RosterRule.HOURS_FROM_CONTRACT)).toEqual([
        '100 h de travail sur la période pour 140 h attendues au contrat : écart de plus de 20 % (Anne Martin)',
      ]);
    });

    it('warns of an operational agent left out of the roster, not of staff no shift is open to', () => {
      const patrols = fullMonth.map((s) => ({ ...s, categories: [StaffCategory.POLICE] }));
      const clerk = agent({ id: 'clerk', name: 'Administratif', category: StaffCategory.ADMINISTRATIVE });
      const input = roster(patrols, FROM, TO, { agents: [anne, bruno, clerk] });
      expect(warnings(input, RosterRule.HOURS_FROM_CONTRACT)).toEqual([
        '0 h de travail sur la période pour 140 h attendues au contrat : écart de plus de 20 % (Bruno Dubois)',
      ]);
    });

    it('says nothing over a period shorter than a week', () => {
      const input = roster([shift('2026-06-01 08:00-10:00')], '2026-06-01', '2026-06-06', { agents: [anne] });
      expect(warnings(input, RosterRule.HOURS_FROM_CONTRACT)).toEqual([]);
    });
  });

  describe('a seconded agent’s share (the convention of CSI L512-1)', () => {
    const WEEK = ['2026-06-01', '2026-06-07'] as const; // Monday to Sunday
    const lucie = (secondments: RosterAgent['secondments']) =>
      agent({ id: 'lucie', name: 'Lucie Wallart', secondments });
    const atForty = lucie([{ from: '2026-05-01', to: '2026-08-31', sharePercent: 40 }]);
    const week = (who: RosterAgent, shifts: RosterShift[]) =>
      roster(shifts, WEEK[0], WEEK[1], { agents: [who] });
    const days = (times: string, ...dates: string[]) => dates.map((date) => shift(`${date} ${times}`));

    it('gives the host 40 % of a full-time week (14 h), and 20 % more before it warns', () => {
      // 16 h 48 min: 14 h and 20 %.
      const edge = days('08:00-16:24', '2026-06-01', '2026-06-02');
      expect(warnings(week(atForty, edge), RosterRule.SECONDMENT_SHARE)).toEqual([]);
      const beyond = days('08:00-16:30', '2026-06-01', '2026-06-02');
      expect(only(checkRoster(week(atForty, beyond)).warnings, RosterRule.SECONDMENT_SHARE)).toEqual([
        {
          rule: RosterRule.SECONDMENT_SHARE,
          severity: 'warning',
          agentId: 'lucie',
          message:
            '17 h de travail ici sur la période pour 14 h que lui donne sa mise à disposition (40 % de son temps) : plus de 20 % au-delà (Lucie Wallart)',
        },
      ]);
    });

    it('does not count the shifts he works for his own service', () => {
      const here = days('08:00-16:00', '2026-06-01', '2026-06-02');
      const home = shift('2026-06-04 08:00-16:00', { id: 'home', elsewhere: 'Lomme' });
      expect(warnings(week(atForty, [...here, home]), RosterRule.SECONDMENT_SHARE)).toEqual([]);
      const third = shift('2026-06-04 08:00-16:00', { id: 'third' });
      expect(warnings(week(atForty, [...here, third]), RosterRule.SECONDMENT_SHARE)).toHaveLength(1);
    });

    it('counts only the period’s days of each secondment, at its own share', () => {
      // Thursday to Sunday at 50 %: 35 h × 4 / 7 × 50 % = 10 h, 12 h with the tolerance.
      const late = lucie([
        { from: '2026-01-01', to: '2026-03-31', sharePercent: 100 }, // not this week's
        { from: '2026-06-04', to: '2026-06-30', sharePercent: 50 },
      ]);
      expect(warnings(week(late, days('08:00-20:00', '2026-06-05')), RosterRule.SECONDMENT_SHARE)).toEqual(
        [],
      );
      expect(warnings(week(late, days('08:00-20:30', '2026-06-05')), RosterRule.SECONDMENT_SHARE)).toEqual([
        '12 h 30 de travail ici sur la période pour 10 h que lui donne sa mise à disposition (50 % de son temps) : plus de 20 % au-delà (Lucie Wallart)',
      ]);
      // Two conventions in the week: Monday–Wednesday at 100 %, then Thursday–Sunday at 50 % (25 h).
      const two = lucie([
        { from: '2026-05-01', to: '2026-06-03', sharePercent: 100 },
        { from: '2026-06-04', to: '2026-06-30', sharePercent: 50 },
      ]);
      const thirty = days('08:00-18:00', '2026-06-01', '2026-06-02', '2026-06-03');
      expect(warnings(week(two, thirty), RosterRule.SECONDMENT_SHARE)).toEqual([]);
      expect(
        warnings(week(two, [...thirty, ...days('08:00-09:00', '2026-06-04')]), RosterRule.SECONDMENT_SHARE),
      ).toEqual([
        '31 h de travail ici sur la période pour 25 h que lui donne sa mise à disposition (100 % et 50 % de son temps) : plus de 20 % au-delà (Lucie Wallart)',
      ]);
    });

    it('leaves the service’s own agents and periods shorter than a week alone', () => {
      const long = days('06:00-16:00', '2026-06-01', '2026-06-02', '2026-06-03');
      expect(warnings(week(anne, long), RosterRule.SECONDMENT_SHARE)).toEqual([]);
      const short = roster(long, '2026-06-01', '2026-06-06', { agents: [atForty] });
      expect(warnings(short, RosterRule.SECONDMENT_SHARE)).toEqual([]);
      // Outside his secondments he is absent here (a violation): no share to speak of.
      const past = lucie([{ from: '2026-01-01', to: '2026-03-31', sharePercent: 40 }]);
      expect(warnings(week(past, long), RosterRule.SECONDMENT_SHARE)).toEqual([]);
    });
  });
});
