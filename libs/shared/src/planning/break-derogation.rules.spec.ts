import { RosterRule } from './planning.enum';
import { agent, daily, only, roster, shift } from './roster.builders';
import { checkAgentNeighbourhood, checkRoster } from './roster.rules';
import { RosterDerogation, RosterInput, RosterShift } from './roster.types';

const noBreak = { breakMinutes: 0 };

function found(input: RosterInput, rule: RosterRule) {
  const check = checkRoster(input);
  return { violations: only(check.violations, rule), warnings: only(check.warnings, rule) };
}

/** `shifts` less those of the dates given. */
function except(shifts: readonly RosterShift[], ...dates: string[]): RosterShift[] {
  return shifts.filter((s) => !dates.includes(s.id.slice(0, 10)));
}

describe('the 20-minute break once the day reaches 6 h of work (décret 2000-815 art. 3 I)', () => {
  const day = (...shifts: RosterShift[]) => roster(shifts, '2026-06-12', '2026-06-12');

  it('accepts a 6 h shift with exactly 20 minutes of break', () => {
    expect(found(day(shift('2026-06-12 08:00-14:00', { breakMinutes: 20 })), RosterRule.BREAK)).toEqual({
      violations: [],
      warnings: [],
    });
  });

  it('refuses a 6 h shift with 19 minutes of break, saying what it had', () => {
    const long = shift('2026-06-12 08:00-14:00', { breakMinutes: 19 });
    expect(found(day(long), RosterRule.BREAK).violations).toEqual([
      {
        rule: RosterRule.BREAK,
        severity: 'violation',
        agentId: 'julien',
        shiftId: long.id,
        message:
          '6 h de travail le 12/06 sans pause de 20 min (la plus longue : 19 min) : ' +
          'pause due dès 6 h de travail (Julien Lefebvre)',
      },
    ]);
  });

  it('asks no break of 5 h 59 of work, and one of 6 h', () => {
    expect(found(day(shift('2026-06-12 08:00-13:59', noBreak)), RosterRule.BREAK).violations).toEqual([]);
    expect(found(day(shift('2026-06-12 08:00-14:00', noBreak)), RosterRule.BREAK).violations).toHaveLength(1);
  });

  it('adds up the shifts of the day, and takes 20 minutes between two of them as the break', () => {
    const morning = shift('2026-06-12 08:00-11:00', noBreak);
    expect(
      found(day(morning, shift('2026-06-12 11:20-14:20', noBreak)), RosterRule.BREAK).violations,
    ).toEqual([]);
    expect(
      found(day(morning, shift('2026-06-12 11:19-14:19', noBreak)), RosterRule.BREAK).violations,
    ).toHaveLength(1);
  });

  it('counts the break in the day span: 12 h of span with the break inside is the limit', () => {
    const input = day(shift('2026-06-12 06:00-18:00', { breakMinutes: 120 }));
    expect(found(input, RosterRule.DAY_SPAN).violations).toEqual([]);
    expect(
      found(day(shift('2026-06-12 06:00-18:01', { breakMinutes: 120 })), RosterRule.DAY_SPAN).violations,
    ).toHaveLength(1);
  });
});

describe('the weekly rest includes the Sunday in principle', () => {
  it('warns (without refusing) when the week’s 35 h leave out the Sunday', () => {
    // Rest from Friday 14:00 to Sunday 08:00 (42 h), work on Sunday.
    const shifts = except(daily('2026-06-01', '2026-06-21', '08:00-14:00'), '2026-06-13');
    const { violations, warnings } = found(
      roster(shifts, '2026-06-08', '2026-06-14'),
      RosterRule.WEEKLY_REST_SUNDAY,
    );
    expect(violations).toEqual([]);
    expect(warnings).toEqual([
      {
        rule: RosterRule.WEEKLY_REST_SUNDAY,
        severity: 'warning',
        agentId: 'julien',
        shiftId: '2026-06-14 08:00-14:00',
        message:
          '2e dimanche de suite sans repos (07/06 et 14/06), la semaine du 08/06 au 14/06 : ' +
          'le repos hebdomadaire comprend en principe le dimanche (Julien Lefebvre)',
      },
    ]);
    expect(found(roster(shifts, '2026-06-08', '2026-06-14'), RosterRule.WEEKLY_REST).violations).toEqual([]);
  });

  it('says nothing of a rest from Saturday to the end of Sunday', () => {
    const shifts = except(daily('2026-06-01', '2026-06-21', '08:00-14:00'), '2026-06-14');
    expect(found(roster(shifts, '2026-06-08', '2026-06-14'), RosterRule.WEEKLY_REST_SUNDAY).warnings).toEqual(
      [],
    );
  });

  it('counts the October Sunday’s 25 h: 35 h from Saturday 14:00', () => {
    const shifts = except(daily('2026-10-12', '2026-11-01', '08:00-14:00'), '2026-10-25');
    const input = roster(shifts, '2026-10-19', '2026-10-25');
    expect(found(input, RosterRule.WEEKLY_REST).violations).toEqual([]);
    expect(found(input, RosterRule.WEEKLY_REST_SUNDAY).warnings).toEqual([]);
  });

  it('says nothing of an afternoon worker off from Saturday 21:00 to Monday 13:00, the week’s 35 h on Wednesday', () => {
    // Within the week the Sunday rest is 27 h (Saturday 21:00 to Monday 00:00), but the rest he takes
    // holds the whole Sunday and lasts 40 h; the week's own 35 h run from Tuesday 21:00 to Thursday 13:00.
    const shifts = except(daily('2026-06-01', '2026-06-21', '13:00-21:00'), '2026-06-10', '2026-06-14');
    const input = roster(shifts, '2026-06-08', '2026-06-14');
    expect(found(input, RosterRule.WEEKLY_REST).violations).toEqual([]);
    expect(found(input, RosterRule.WEEKLY_REST_SUNDAY).warnings).toEqual([]);
  });

  it('warns when the Sunday is free but the rest around it is shorter than 35 h', () => {
    // Off from Saturday 21:00 to Monday 06:00 (33 h), the Sunday before worked; the week's 35 h on
    // Wednesday.
    const shifts = [
      shift('2026-06-07 13:00-21:00'),
      ...except(daily('2026-06-08', '2026-06-13', '13:00-21:00'), '2026-06-10'),
      shift('2026-06-15 06:00-13:00'),
    ];
    const input = roster(shifts, '2026-06-08', '2026-06-14');
    expect(found(input, RosterRule.WEEKLY_REST).violations).toEqual([]);
    expect(found(input, RosterRule.WEEKLY_REST_SUNDAY).warnings).toHaveLength(1);
  });

  it('warns from the second Sunday in a row without its rest, not for the first', () => {
    // Off on Saturday 13 June (the week's rest, Friday 14:00 to Sunday 08:00), on Sunday 14 June.
    const worked = except(daily('2026-06-08', '2026-06-21', '08:00-14:00'), '2026-06-13');
    const period = (shifts: RosterShift[]) => roster(shifts, '2026-06-08', '2026-06-14');
    // The Sunday before, 7 June, free: nothing to say yet.
    expect(found(period(worked), RosterRule.WEEKLY_REST_SUNDAY).warnings).toEqual([]);
    // Worked: the second Sunday in a row without the rest.
    const twice = period([shift('2026-06-07 08:00-14:00'), ...worked]);
    expect(found(twice, RosterRule.WEEKLY_REST_SUNDAY).warnings).toHaveLength(1);
  });

  it('says nothing of a Sunday worked under a derogation on the weekly rest that covers it', () => {
    const shifts = except(daily('2026-06-01', '2026-06-21', '08:00-14:00'), '2026-06-13');
    const derogation: RosterDerogation = {
      id: 'braderie',
      rule: RosterRule.WEEKLY_REST,
      limit: 24,
      agentIds: ['julien'],
      from: '2026-06-14',
      to: '2026-06-14',
      title: 'Braderie',
    };
    const covered = roster(shifts, '2026-06-08', '2026-06-14', { derogations: [derogation] });
    expect(found(covered, RosterRule.WEEKLY_REST_SUNDAY).warnings).toEqual([]);
    const before = roster(shifts, '2026-06-08', '2026-06-14', {
      derogations: [{ ...derogation, from: '2026-06-08', to: '2026-06-13' }],
    });
    expect(found(before, RosterRule.WEEKLY_REST_SUNDAY).warnings).toHaveLength(1);
  });

  it('never reaches checkAgentNeighbourhood: a warning does not refuse an assignment', () => {
    const shifts = except(daily('2026-06-01', '2026-06-21', '08:00-14:00'), '2026-06-13');
    expect(checkAgentNeighbourhood(roster(shifts, '2026-06-08', '2026-06-14'), 'julien')).toEqual([]);
  });
});

describe('derogations (décret 2000-815 art. 3 II)', () => {
  const tour: RosterDerogation = {
    id: 'tour',
    rule: RosterRule.WEEKLY_HOURS,
    limit: 54,
    agentIds: ['julien'],
    from: '2026-07-04',
    to: '2026-07-06',
    title: 'Tour de France',
  };
  // 52 h in the week of 29 June: 6 days of 8 h 40.
  const heavy = daily('2026-06-29', '2026-07-04', '04:20-13:00');
  const week = (overrides: Partial<RosterInput> = {}) => roster(heavy, '2026-06-29', '2026-07-05', overrides);

  it('turns a violation it covers into a warning naming it', () => {
    expect(found(week(), RosterRule.WEEKLY_HOURS).violations).toHaveLength(1);
    const { violations, warnings } = found(week({ derogations: [tour] }), RosterRule.WEEKLY_HOURS);
    expect(violations).toEqual([]);
    expect(warnings).toEqual([
      {
        rule: RosterRule.WEEKLY_HOURS,
        severity: 'warning',
        agentId: 'julien',
        shiftId: '2026-07-04 04:20-13:00',
        derogationId: 'tour',
        message:
          '52 h de travail la semaine du 29/06 au 05/07 : 48 h maximum (Julien Lefebvre) — ' +
          'dérogation « Tour de France » : 54 h maximum',
      },
    ]);
    expect(checkAgentNeighbourhood(week({ derogations: [tour] }), 'julien')).toEqual([]);
  });

  it('stays a violation beyond the derogation’s limit, for another agent, another rule or other dates', () => {
    for (const derogation of [
      { ...tour, limit: 50 },
      { ...tour, agentIds: ['someone-else'] },
      { ...tour, rule: RosterRule.DAILY_WORK as const },
      { ...tour, from: '2026-07-06', to: '2026-07-10' },
    ]) {
      expect(found(week({ derogations: [derogation] }), RosterRule.WEEKLY_HOURS).violations).toHaveLength(1);
    }
  });

  it('lowers a minimum: a 9 h rest under a derogation to 9 h is a warning, 8 h is not', () => {
    const rest: RosterDerogation = { ...tour, rule: RosterRule.DAILY_REST, limit: 9, from: '2026-07-05' };
    const nine = roster(
      [shift('2026-07-04 13:00-21:00'), shift('2026-07-05 06:00-14:00')],
      '2026-07-04',
      '2026-07-05',
      { derogations: [rest] },
    );
    expect(found(nine, RosterRule.DAILY_REST)).toMatchObject({
      violations: [],
      warnings: [
        { derogationId: 'tour', message: expect.stringContaining('« Tour de France » : 9 h minimum') },
      ],
    });
    const eight = { ...nine, shifts: [shift('2026-07-04 13:00-21:00'), shift('2026-07-05 05:00-13:00')] };
    eight.assignments = eight.shifts.map((s) => ({ shiftId: s.id, agentId: 'julien' }));
    expect(found(eight, RosterRule.DAILY_REST).violations).toHaveLength(1);
  });

  it('covers the break in minutes, and only the agents it names', () => {
    const pause: RosterDerogation = {
      ...tour,
      rule: RosterRule.BREAK,
      limit: 0,
      agentIds: ['julien'],
      from: '2026-07-04',
      to: '2026-07-04',
    };
    const long = shift('2026-07-04 08:00-15:00', noBreak);
    const input = roster([long], '2026-07-04', '2026-07-04', {
      agents: [agent(), agent({ id: 'karim', name: 'Karim Benali' })],
      assignments: [
        { shiftId: long.id, agentId: 'julien' },
        { shiftId: long.id, agentId: 'karim' },
      ],
      derogations: [pause],
    });
    const { violations, warnings } = found(input, RosterRule.BREAK);
    expect(violations.map((f) => f.agentId)).toEqual(['karim']);
    expect(warnings.map((f) => [f.agentId, f.derogationId])).toEqual([['julien', 'tour']]);
    expect(warnings[0].message).toContain('dérogation « Tour de France » : pause de 0 min minimum');
  });
});
