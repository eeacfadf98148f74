import { AgentStatus, QualificationKind } from '../agents/agent.enum';
import { shiftCoverage } from './coverage.rules';
import { RosterRule } from './planning.enum';
import { agent, only, qualified, roster, shift } from './roster.builders';
import { checkRoster } from './roster.rules';
import { DEFAULT_RULE_SET, RosterAgent, RosterInput, RosterShift } from './roster.types';

const { FIREARM, VIDEO_OPERATOR, DOG_HANDLER } = QualificationKind;

const night = shift('2026-06-12 21:00-07:00', {
  label: 'Patrouille de nuit',
  minAgents: 2,
  requirements: [{ kind: FIREARM, count: 2 }],
});

const armed = (id: string, name: string, overrides: Partial<RosterAgent> = {}) =>
  qualified([FIREARM], { id, name, ...overrides });
const julien = armed('julien', 'Julien Lefebvre');
const camille = armed('camille', 'Camille Martin');
const nicolas = agent({ id: 'nicolas', name: 'Nicolas Dubois' });

/** `shifts` staffed as given, checked on 12 June. */
function staffed(shifts: RosterShift[], crew: Record<string, RosterAgent[]>): RosterInput {
  const agents = [...new Map(Object.values(crew).flatMap((list) => list.map((a) => [a.id, a]))).values()];
  return roster(shifts, '2026-06-12', '2026-06-12', {
    agents: agents.length > 0 ? agents : [julien],
    assignments: Object.entries(crew).flatMap(([shiftId, list]) =>
      list.map((a) => ({ shiftId, agentId: a.id })),
    ),
  });
}

function warnings(input: RosterInput, rule: RosterRule): string[] {
  return only(checkRoster(input).warnings, rule).map((f) => f.message);
}

describe('coverage rules', () => {
  it('finds a shift covered when it has its agents and its qualifications', () => {
    const input = staffed([night], { [night.id]: [julien, camille] });
    expect(checkRoster(input).warnings).toEqual([]);
    expect(shiftCoverage(night, [julien, camille], DEFAULT_RULE_SET)).toEqual({
      covered: true,
      assigned: 2,
      missing: [],
    });
  });

  it('warns of a shift below its minimum of agents, on the shift', () => {
    const patrol = shift('2026-06-12 14:00-22:00', { label: 'Patrouille du soir', minAgents: 3 });
    expect(
      only(
        checkRoster(staffed([patrol], { [patrol.id]: [julien, camille] })).warnings,
        RosterRule.UNDERSTAFFED,
      ),
    ).toEqual([
      {
        rule: RosterRule.UNDERSTAFFED,
        severity: 'warning',
        shiftId: patrol.id,
        message: 'Patrouille du soir du 12/06 : 3 agents requis, 2 affectés',
      },
    ]);
  });

  it('warns of a shift nobody is assigned to', () => {
    const csu = shift('2026-06-12 09:00-17:00', { label: 'CSU', minAgents: 1 });
    expect(warnings(staffed([csu], {}), RosterRule.UNDERSTAFFED)).toEqual([
      'CSU du 12/06 : 1 agent requis, 0 affecté',
    ]);
  });

  it('does not count a trainee, nor an agent who cannot be rostered', () => {
    const trainee = armed('lea', 'Léa Blanc', { status: AgentStatus.IN_TRAINING });
    const gone = armed('hugo', 'Hugo Faure', { status: AgentStatus.DEPARTED });
    const input = staffed([night], { [night.id]: [julien, trainee, gone] });
    expect(warnings(input, RosterRule.UNDERSTAFFED)).toEqual([
      'Patrouille de nuit du 12/06 : 2 agents requis, 1 affecté (2 stagiaires ou agents indisponibles non comptés)',
    ]);
    expect(warnings(input, RosterRule.REQUIREMENT_UNMET)).toEqual([
      'Patrouille de nuit du 12/06 : 2 agents armés requis, 1 affecté',
    ]);
  });

  it('warns when too few of the agents hold a required qualification', () => {
    const input = staffed([night], { [night.id]: [julien, nicolas] });
    expect(only(checkRoster(input).warnings, RosterRule.REQUIREMENT_UNMET)).toEqual([
      {
        rule: RosterRule.REQUIREMENT_UNMET,
        severity: 'warning',
        shiftId: night.id,
        message: 'Patrouille de nuit du 12/06 : 2 agents armés requis, 1 affecté',
      },
    ]);
    expect(warnings(input, RosterRule.UNDERSTAFFED)).toEqual([]);
  });

  it('names video operators and the other qualifications in French', () => {
    const csu = shift('2026-06-12 09:00-17:00', {
      label: 'CSU',
      requirements: [{ kind: VIDEO_OPERATOR, count: 1 }],
    });
    const dogs = shift('2026-06-12 14:00-20:00', {
      label: 'Brigade canine',
      requirements: [{ kind: DOG_HANDLER, count: 2 }],
    });
    expect(warnings(staffed([csu, dogs], { [dogs.id]: [nicolas] }), RosterRule.REQUIREMENT_UNMET)).toEqual([
      'CSU du 12/06 : 1 opérateur vidéo requis, 0 affecté',
      'Brigade canine du 12/06 : 2 agents qualifiés « Maître-chien » requis, 0 affecté',
    ]);
  });

  it('counts a firearm permit on the last day it is valid, not the day it lapses', () => {
    const lapsing = agent({
      id: 'sophie',
      name: 'Sophie Leroy',
      qualifications: [{ kind: FIREARM, from: '2020-01-01', to: '2026-06-15' }],
    });
    const needs = { requirements: [{ kind: FIREARM, count: 1 }] };
    const before = shift('2026-06-14 22:00-06:00', needs);
    const after = shift('2026-06-15 22:00-06:00', needs);
    const input = roster([before, after], '2026-06-01', '2026-06-30', { agents: [lapsing] });
    expect(only(checkRoster(input).warnings, RosterRule.REQUIREMENT_UNMET).map((f) => f.shiftId)).toEqual([
      after.id,
    ]);
    expect(shiftCoverage(before, [lapsing], DEFAULT_RULE_SET).covered).toBe(true);
    expect(shiftCoverage(after, [lapsing], DEFAULT_RULE_SET)).toEqual({
      covered: false,
      assigned: 1,
      missing: [{ kind: FIREARM, count: 1 }],
    });
  });

  it('judges a night by the date it starts, in Paris', () => {
    const lapsing = agent({ qualifications: [{ kind: FIREARM, from: '2020-01-01', to: '2026-06-13' }] });
    const late = shift('2026-06-12 23:30-07:00', { requirements: [{ kind: FIREARM, count: 1 }] });
    expect(shiftCoverage(late, [lapsing], DEFAULT_RULE_SET).covered).toBe(true);
  });

  it('counts an agent assigned twice only once', () => {
    expect(shiftCoverage(night, [julien, julien], DEFAULT_RULE_SET)).toEqual({
      covered: false,
      assigned: 1,
      missing: [{ kind: FIREARM, count: 1 }],
    });
  });

  it('only warns about the shifts of the period', () => {
    const other = shift('2026-06-13 21:00-07:00', { minAgents: 2 });
    expect(checkRoster(staffed([night, other], { [night.id]: [julien, camille] })).warnings).toEqual([]);
  });
});
