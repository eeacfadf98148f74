import { AgentStatus, StaffCategory } from '../agents/agent.enum';
import { HARD_RULES, RosterRule } from './planning.enum';
import { agent, roster, shift } from './roster.builders';
import { buildMonthFixture } from './roster.fixtures';
import { checkAgentNeighbourhood, checkRoster } from './roster.rules';
import { RosterFinding } from './roster.types';

const anne = agent({ id: 'anne', name: 'Anne Martin' });
const bruno = agent({ id: 'bruno', name: 'Bruno Dubois' });

function rulesOf(findings: readonly RosterFinding[]): RosterRule[] {
  return findings.map((f) => f.rule);
}

describe('roster check', () => {
  it('finds nothing to say about an empty roster', () => {
    expect(checkRoster(roster([], '2026-06-01', '2026-06-30', { agents: [] }))).toEqual({
      violations: [],
      warnings: [],
    });
  });

  it('refuses a period it cannot read', () => {
    expect(() => checkRoster(roster([], '2026-06-31', '2026-07-01'))).toThrow('Période invalide');
    expect(() => checkRoster(roster([], '2026-06-30', '2026-06-01'))).toThrow('Période invalide');
  });

  it('orders findings by rule, then time, then agent name', () => {
    const day = shift('2026-06-12 06:00-14:00');
    const evening = shift('2026-06-12 13:00-21:00', { allowsTrainees: false });
    const morning = shift('2026-06-13 06:00-14:00');
    const trainee = agent({ id: 'zoe', name: 'Zoé Bonnet', status: AgentStatus.IN_TRAINING });
    const input = roster([day, evening, morning], '2026-06-12', '2026-06-13', {
      agents: [trainee, bruno, anne],
      assignments: [
        { shiftId: morning.id, agentId: 'bruno' },
        { shiftId: evening.id, agentId: 'bruno' },
        { shiftId: day.id, agentId: 'bruno' },
        { shiftId: evening.id, agentId: 'anne' },
        { shiftId: morning.id, agentId: 'anne' },
        { shiftId: evening.id, agentId: 'zoe' },
        { shiftId: morning.id, agentId: 'zoe' },
      ],
    });
    const { violations } = checkRoster(input);
    expect(violations.map((f) => [f.rule, f.agentId, f.shiftId])).toEqual([
      [RosterRule.OVERLAP, 'bruno', evening.id],
      [RosterRule.TRAINEE_NOT_ALLOWED, 'zoe', evening.id],
      [RosterRule.DAILY_WORK, 'bruno', evening.id],
      [RosterRule.DAY_SPAN, 'bruno', evening.id],
      [RosterRule.DAILY_REST, 'anne', morning.id],
      [RosterRule.DAILY_REST, 'bruno', morning.id],
      [RosterRule.DAILY_REST, 'zoe', morning.id],
    ]);
    expect(violations.every((f) => f.severity === 'violation')).toBe(true);
  });

  it('gives the same answer whatever the order of its input', () => {
    const shifts = [
      shift('2026-06-12 13:00-21:00'),
      shift('2026-06-13 06:00-14:00'),
      shift('2026-06-13 12:00-16:00'),
    ];
    const forward = roster(shifts, '2026-06-12', '2026-06-13', { agents: [anne, bruno] });
    const backward = {
      ...forward,
      agents: [bruno, anne],
      shifts: [...shifts].reverse(),
      assignments: [...forward.assignments].reverse(),
    };
    expect(checkRoster(backward)).toEqual(checkRoster(forward));
  });

  it('only reports on the period, though earlier shifts feed the rests', () => {
    const clerk = agent({ category: StaffCategory.ADMINISTRATIVE });
    const patrol = { categories: [StaffCategory.POLICE] };
    const before = shift('2026-05-31 13:00-21:00', patrol);
    const first = shift('2026-06-01 06:00-14:00', patrol);
    const found = checkRoster(
      roster([before, first], '2026-06-01', '2026-06-30', { agents: [clerk] }),
    ).violations;
    expect(found.map((f) => [f.rule, f.shiftId])).toEqual([
      [RosterRule.CATEGORY_NOT_ALLOWED, first.id],
      [RosterRule.DAILY_REST, first.id],
    ]);
  });

  it('skips assignments to an unknown shift or agent', () => {
    const s = shift('2026-06-12 06:00-14:00');
    const input = roster([s], '2026-06-12', '2026-06-12', {
      assignments: [
        { shiftId: 'nowhere', agentId: 'julien' },
        { shiftId: s.id, agentId: 'nobody' },
      ],
    });
    expect(checkRoster(input)).toEqual({ violations: [], warnings: [] });
  });

  describe('one agent’s neighbourhood', () => {
    it('reports the hard violations of that agent only', () => {
      const evening = shift('2026-06-12 13:00-21:00');
      const morning = shift('2026-06-13 06:00-14:00');
      const input = roster([evening, morning], '2026-06-12', '2026-06-13', { agents: [anne, bruno] });
      const both = roster([evening, morning], '2026-06-12', '2026-06-13', {
        agents: [anne, bruno],
        assignments: [
          ...input.assignments,
          { shiftId: evening.id, agentId: 'bruno' },
          { shiftId: morning.id, agentId: 'bruno' },
        ],
      });
      expect(rulesOf(checkAgentNeighbourhood(both, 'anne'))).toEqual([RosterRule.DAILY_REST]);
      expect(checkAgentNeighbourhood(both, 'anne').every((f) => f.agentId === 'anne')).toBe(true);
      expect(checkAgentNeighbourhood(both, 'nobody')).toEqual([]);
    });

    it('agrees with the whole check on every agent of a month', () => {
      const input = buildMonthFixture({ agents: 23, days: 31, seed: 1 });
      const { violations } = checkRoster(input);
      for (const { id } of input.agents) {
        expect(checkAgentNeighbourhood(input, id)).toEqual(violations.filter((f) => f.agentId === id));
      }
    });
  });

  describe('on a realistic month', () => {
    const input = buildMonthFixture({ agents: 23, days: 31, seed: 1 });

    it('builds the same month for the same seed, another for another seed', () => {
      expect(buildMonthFixture({ agents: 23, days: 31, seed: 1 })).toEqual(input);
      expect(buildMonthFixture({ agents: 23, days: 31, seed: 2 }).assignments).not.toEqual(input.assignments);
    });

    it('holds 23 agents and about 1,000 assignments, with the weeks the averages need', () => {
      expect(input.agents).toHaveLength(23);
      expect(input.assignments.length).toBeGreaterThan(900);
      expect(input.assignments.length).toBeLessThan(1_200);
      expect(input.shifts.some((s) => s.startsAt < '2026-03-17')).toBe(true);
      expect(input.absences.length).toBeGreaterThan(0);
    });

    it('returns violations and warnings, each a well-formed finding of the period', () => {
      const { violations, warnings } = checkRoster(input);
      const shiftIds = new Set(input.shifts.map((s) => s.id));
      const agentIds = new Set(input.agents.map((a) => a.id));
      expect(violations.length + warnings.length).toBeGreaterThan(0);
      for (const f of violations) {
        expect(HARD_RULES).toContain(f.rule);
        expect(f.severity).toBe('violation');
        expect(agentIds.has(f.agentId!)).toBe(true);
      }
      for (const f of warnings) {
        expect(HARD_RULES).not.toContain(f.rule);
        expect(f.severity).toBe('warning');
      }
      for (const f of [...violations, ...warnings]) {
        expect(f.message.length).toBeGreaterThan(10);
        if (f.shiftId !== undefined) expect(shiftIds.has(f.shiftId)).toBe(true);
      }
    });
  });
});
