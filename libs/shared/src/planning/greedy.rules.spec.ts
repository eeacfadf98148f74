import { QualificationKind } from '../agents/agent.enum';
import { greedyRoster } from './greedy.rules';
import { RosterRule } from './planning.enum';
import { paris, qualified } from './roster.builders';
import { buildMonthFixture } from './roster.fixtures';
import { checkRoster } from './roster.rules';
import { DEFAULT_RULE_SET, RosterInput, RosterShift } from './roster.types';

const night = (id: string, day: string, next: string): RosterShift => ({
  id,
  label: 'Patrouille de nuit',
  startsAt: paris(`${day}T21:00`),
  endsAt: paris(`${next}T05:00`),
  minAgents: 2,
  requirements: [{ kind: QualificationKind.FIREARM, count: 2 }],
  requiredForAll: [],
  categories: [],
  allowsTrainees: false,
  breakMinutes: 20,
});

describe('greedy first roster', () => {
  it('fills a month of the fixture without breaking a single hard rule', () => {
    const fixture = buildMonthFixture({ seed: 3 });
    const periodShifts = new Set(
      fixture.shifts
        .filter((shift) => shift.startsAt >= paris(`${fixture.from}T00:00`))
        .map((shift) => shift.id),
    );
    const input: RosterInput = {
      ...fixture,
      assignments: fixture.assignments.filter((assignment) => !periodShifts.has(assignment.shiftId)),
    };
    const added = greedyRoster(input);
    expect(added.length).toBeGreaterThan(200);
    const check = checkRoster({ ...input, assignments: [...input.assignments, ...added] });
    const fromGreedy = check.violations.filter(
      (finding) => finding.shiftId && periodShifts.has(finding.shiftId),
    );
    expect(fromGreedy).toEqual([]);
  });

  it('puts armed agents first on a shift that needs them, and leaves a place empty rather than break the rest rule', () => {
    const armed = qualified([QualificationKind.FIREARM], { id: 'a', name: 'Anne Armée' });
    const unarmed = qualified([], { id: 'u', name: 'Ugo Sansarme' });
    const input: RosterInput = {
      ruleSet: DEFAULT_RULE_SET,
      agents: [unarmed, armed],
      shifts: [
        night('n1', '2026-06-01', '2026-06-02'),
        {
          ...night('m2', '2026-06-02', '2026-06-02'),
          startsAt: paris('2026-06-02T13:00'),
          endsAt: paris('2026-06-02T21:00'),
        },
      ],
      assignments: [],
      absences: [],
      from: '2026-06-01',
      to: '2026-06-02',
    };
    const added = greedyRoster(input);
    expect(added.filter((a) => a.shiftId === 'n1').map((a) => a.agentId)).toEqual(['a', 'u']);
    // Both end the night at 05:00: an afternoon from 13:00 would leave them 8 h of rest.
    expect(added.filter((a) => a.shiftId === 'm2')).toEqual([]);
    const check = checkRoster({ ...input, assignments: added });
    expect(check.violations).toEqual([]);
    expect(check.warnings.map((w) => `${w.rule}:${w.shiftId}`)).toEqual(
      expect.arrayContaining([`${RosterRule.REQUIREMENT_UNMET}:n1`, `${RosterRule.UNDERSTAFFED}:m2`]),
    );
  });
});
