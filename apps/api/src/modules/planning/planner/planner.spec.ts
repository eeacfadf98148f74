import {
  AgentStatus,
  checkRoster,
  DEFAULT_RULE_SET,
  greedyRoster,
  localDate,
  QualificationKind,
  RosterInput,
  RosterRule,
  RosterShift,
  StaffCategory,
} from '@vigie/shared';
import { absence, buildMonthFixture, daily, only, paris, qualified } from '@vigie/shared/testing';

import { HighsSession } from './highs-solver';
import { evaluate, lawful, loads, proposeRoster } from './planner';
import { buildPlanningModel } from './planning-model';

const { FIREARM, VIDEO_OPERATOR } = QualificationKind;
const patrol = { minAgents: 2, requirements: [{ kind: FIREARM, count: 2 }], label: 'Patrouille' };

/** A crafted week: `agents` armed officers, a morning, an evening and a night patrol of two a day. */
function week(agents: number, overrides: Partial<RosterInput> = {}): RosterInput {
  const shifts: RosterShift[] = [
    ...daily('2026-06-01', '2026-06-07', '06:00-14:00', { ...patrol, label: 'Matin' }),
    ...daily('2026-06-01', '2026-06-07', '14:00-22:00', { ...patrol, label: 'Soir' }),
    ...daily('2026-06-01', '2026-06-07', '22:00-06:00', { ...patrol, label: 'Nuit', allowsTrainees: false }),
  ];
  return {
    ruleSet: DEFAULT_RULE_SET,
    agents: Array.from({ length: agents }, (_, i) =>
      qualified([FIREARM], {
        id: `agent-${i + 1}`,
        name: `Agent ${i + 1}`,
        contractRatio: i === 0 ? 0.5 : 1,
      }),
    ),
    shifts,
    assignments: [],
    absences: [],
    from: '2026-06-01',
    to: '2026-06-07',
    ...overrides,
  };
}

const ids = (input: RosterInput): Set<string> => new Set(input.shifts.map((shift) => shift.id));
const newViolations = (input: RosterInput, proposal: { agentId: string; shiftId: string }[]) => {
  const before = checkRoster(input).violations.length;
  return (
    checkRoster({ ...input, assignments: [...input.assignments, ...proposal] }).violations.length - before
  );
};

// The searches below run to their work budget, which a loaded 2-core CI machine may take a minute
// or more to spend; their time limits are caps set out of reach. Speed is measured in `npm run
// bench`, not here.
jest.setTimeout(240_000);

describe('the automatic planner (HiGHS, crafted instances)', () => {
  it('covers a coverable week completely and breaks no rule of the engine', async () => {
    const input = week(10);
    const bugs: string[] = [];
    const result = await proposeRoster({
      input,
      plannable: ids(input),
      wishes: [],
      timeLimitSeconds: 4,
      onBug: (message) => bugs.push(message),
    });

    expect(result.stats.solver).toMatchObject({ filledPlaces: 42, requiredPlaces: 42 });
    expect(newViolations(input, result.proposal)).toBe(0);
    expect(bugs).toEqual([]);
    // `greedy` when its first plan is as good as the search could make it within its budget.
    expect(['optimal', 'time_limit', 'greedy']).toContain(result.stats.status);
    expect(result.stats.mipGap === null || result.stats.mipGap >= 0).toBe(true);
  });

  it('spreads hours and nights more evenly than the greedy pass, relative to contract', async () => {
    const input = week(10);
    // The work budget, not the clock, bounds the search: the time limit is a cap a loaded machine
    // never reaches here, so the result is the same on any machine.
    const result = await proposeRoster({
      input,
      plannable: ids(input),
      wishes: [],
      steps: 20,
      timeLimitSeconds: 90,
    });
    const { solver, greedy } = result.stats;
    expect(result.stats.timeCapped).toBe(false);
    expect(solver.hoursSpread + solver.nightsSpread * 10).toBeLessThan(
      greedy.hoursSpread + greedy.nightsSpread * 10,
    );
  });

  it('gives the same plan for the same request twice: its budget is work, not time', async () => {
    const input = week(6, { shifts: week(6).shifts.filter((shift) => shift.label !== 'Soir') });
    const plan = () =>
      proposeRoster({ input, plannable: ids(input), wishes: [], steps: 8, timeLimitSeconds: 110 });
    const first = await plan();
    const second = await plan();

    expect(first.stats.steps).toBeGreaterThan(0);
    expect(first.stats.steps).toBeLessThanOrEqual(8);
    expect([first.stats.timeCapped, second.stats.timeCapped]).toEqual([false, false]);
    expect(second.proposal).toEqual(first.proposal);
    expect(second.stats.steps).toBe(first.stats.steps);
  });

  it('keeps the period’s nights within 2 among those able to work them, whatever the year before', async () => {
    // Agents 2 and 3 worked many nights before the period: the year would have them do none now,
    // but the month itself stays within 2 (the year only breaks ties within it).
    const input = week(6, { shifts: week(6).shifts.filter((shift) => shift.label !== 'Soir') });
    const history = new Map(
      input.agents.map((agent, i) => [
        agent.id,
        { hours: 0, nights: i === 1 || i === 2 ? 12 : 0, weekends: 0, holidays: 0, availableDays: 60 },
      ]),
    );
    const result = await proposeRoster({
      input,
      plannable: ids(input),
      wishes: [],
      history,
      timeLimitSeconds: 90,
    });
    const nights = loads(input, result.proposal)
      .filter((load) => load.agentId !== 'agent-1')
      .map((load) => load.nights);

    expect(result.stats.solver.filledPlaces).toBe(result.stats.solver.requiredPlaces);
    expect(Math.max(...nights) - Math.min(...nights)).toBeLessThanOrEqual(2);
  });

  it('reports the places it cannot fill instead of forcing them', async () => {
    // Three armed officers cannot hold six patrols of two a day, rest included.
    const input = week(3);
    const result = await proposeRoster({ input, plannable: ids(input), wishes: [], timeLimitSeconds: 3 });
    expect(result.stats.solver.filledPlaces).toBeLessThan(result.stats.solver.requiredPlaces);
    expect(result.stats.solver.filledPlaces).toBeGreaterThan(0);
    expect(newViolations(input, result.proposal)).toBe(0);
  });

  it('keeps the assignments already made and plans around them', async () => {
    const input = week(10);
    const fixed = [
      { shiftId: input.shifts[0].id, agentId: 'agent-3' },
      { shiftId: input.shifts[14].id, agentId: 'agent-4' },
    ];
    const withFixed = { ...input, assignments: fixed };
    const result = await proposeRoster({
      input: withFixed,
      plannable: ids(input),
      wishes: [],
      timeLimitSeconds: 3,
    });
    // Nothing proposed twice, the fixed ones count toward coverage, and no rule is broken with them.
    expect(
      result.proposal.some((a) => fixed.some((f) => f.shiftId === a.shiftId && f.agentId === a.agentId)),
    ).toBe(false);
    expect(result.proposal.filter((a) => a.shiftId === input.shifts[0].id)).toHaveLength(1);
    expect(newViolations(withFixed, result.proposal)).toBe(0);
  });

  it('never places an agent during his absence', async () => {
    const input = week(12, { absences: [absence('agent-2', '2026-06-01T00:00', '2026-06-08T00:00')] });
    const result = await proposeRoster({ input, plannable: ids(input), wishes: [], timeLimitSeconds: 3 });
    expect(result.stats.solver.filledPlaces).toBe(42);
    expect(result.proposal.some((a) => a.agentId === 'agent-2')).toBe(false);
  });

  it('gives the shift to the colleague who did not ask for the day off', async () => {
    const input = week(2, { shifts: daily('2026-06-03', '2026-06-03', '09:00-17:00', { minAgents: 1 }) });
    for (const wisher of ['agent-1', 'agent-2']) {
      const wish = {
        agentId: wisher,
        startsAt: paris('2026-06-03T00:00'),
        endsAt: paris('2026-06-04T00:00'),
      };
      const result = await proposeRoster({
        input,
        plannable: ids(input),
        wishes: [wish],
        timeLimitSeconds: 2,
      });
      expect(result.proposal).toEqual([
        { shiftId: input.shifts[0].id, agentId: wisher === 'agent-1' ? 'agent-2' : 'agent-1' },
      ]);
    }
  });

  it('never counts a trainee as filling a place: places only trainees could take are reported uncovered', async () => {
    // Two armed officers for six daily patrols of two; four trainees allowed on the day patrols.
    const input = week(2, {
      agents: [
        qualified([FIREARM], { id: 'officer-1', name: 'Officier Un' }),
        qualified([FIREARM], { id: 'officer-2', name: 'Officier Deux' }),
        ...[1, 2, 3, 4].map((i) =>
          qualified([FIREARM], {
            id: `trainee-${i}`,
            name: `Stagiaire ${i}`,
            status: AgentStatus.IN_TRAINING,
          }),
        ),
      ],
      shifts: daily('2026-06-01', '2026-06-07', '08:00-16:00', {
        minAgents: 2,
        label: 'Jour',
        allowsTrainees: true,
      }),
    });
    const result = await proposeRoster({ input, plannable: ids(input), wishes: [], timeLimitSeconds: 2 });
    expect(result.proposal.filter((a) => a.agentId.startsWith('trainee'))).toEqual([]);
    const after = { ...input, assignments: result.proposal };
    const short = checkRoster(after).warnings.filter((w) => w.rule === RosterRule.UNDERSTAFFED).length;
    // What the planner says it filled is what the coverage rule counts.
    expect(result.stats.solver.requiredPlaces - result.stats.solver.filledPlaces).toBeGreaterThan(0);
    expect(short).toBeGreaterThan(0);
    expect(result.stats.solver.filledPlaces).toBe(result.proposal.length);
  });

  it('answers an instance nobody can work at once: every place reported, nothing proposed', async () => {
    const input = week(0, {
      agents: [qualified([], { id: 'asvp', name: 'Paul Asvp', category: StaffCategory.ASVP })],
      shifts: daily('2026-06-01', '2026-06-02', '09:00-17:00', {
        minAgents: 1,
        requiredForAll: [VIDEO_OPERATOR],
        categories: [StaffCategory.POLICE],
      }),
    });
    const result = await proposeRoster({ input, plannable: ids(input), wishes: [], timeLimitSeconds: 10 });
    // Nothing to decide: the solver is not even started.
    expect(result.stats.solveSeconds).toBe(0);
    expect(result.proposal).toEqual([]);
    expect(result.stats.solver).toMatchObject({ filledPlaces: 0, requiredPlaces: 2 });
  });

  it('stays within its time limit on a month of 23 agents, and the result is lawful', async () => {
    const fixture = buildMonthFixture({ days: 28, seed: 2 });
    const period = new Set(
      fixture.shifts.filter((s) => localDate(s.startsAt, fixture.ruleSet) >= fixture.from).map((s) => s.id),
    );
    const input = { ...fixture, assignments: fixture.assignments.filter((a) => !period.has(a.shiftId)) };
    const started = Date.now();
    const bugs: string[] = [];
    const result = await proposeRoster({
      input,
      plannable: period,
      wishes: [],
      timeLimitSeconds: 3,
      onBug: (message) => bugs.push(message),
    });
    // It stops at its limit (a generous margin for a loaded machine: this is not a speed test).
    expect((Date.now() - started) / 1000).toBeLessThan(3 + 5);
    expect(newViolations(input, result.proposal)).toBe(0);
    // Never fewer places than the greedy plan, even when the engine had to drop some of the
    // model's assignments (seen once in CI under load, 232 < 233): such a bug is reported, and
    // printed here for whoever looks at the log.
    if (bugs.length > 0) console.warn(`Écarts entre le modèle et le moteur de règles :\n${bugs.join('\n')}`);
    expect(result.stats.solver.filledPlaces).toBeGreaterThanOrEqual(result.stats.greedy.filledPlaces);
  });
});

describe('the model against the rules engine', () => {
  it('takes every lawful greedy roster as a solution: the programme is never stricter than the engine', async () => {
    const fixture = buildMonthFixture({ days: 28, seed: 4 });
    const period = new Set(
      fixture.shifts.filter((s) => localDate(s.startsAt, fixture.ruleSet) >= fixture.from).map((s) => s.id),
    );
    const month = { ...fixture, assignments: fixture.assignments.filter((a) => !period.has(a.shiftId)) };
    const session = new HighsSession();
    try {
      for (const [input, plannable] of [
        [week(10), ids(week(10))],
        [week(4), ids(week(4))],
        [month, period],
      ] as const) {
        const greedy = greedyRoster(input, { shiftIds: [...plannable] });
        expect(newViolations(input, greedy)).toBe(0);
        const built = buildPlanningModel({ input, plannableShiftIds: plannable, wishes: [] });
        expect(await evaluate(session, built, greedy)).not.toBeNull();
      }
    } finally {
      await session.close();
    }
  });
  it('keeps the weekly rest of a week whose work is all fixed, which a night of the week before would cut', async () => {
    // Agent 1 works the afternoons from Tuesday to Sunday of the second week (fixed: made by hand,
    // or outside the planner's neighbourhood); his only long rest within it runs from Monday 00:00
    // to Tuesday 13:00 (37 h). The first week's Sunday night, to Monday 06:00, would leave 31 h.
    const worked = daily('2026-06-09', '2026-06-14', '13:00-20:00', { minAgents: 1 });
    const [monday] = daily('2026-06-07', '2026-06-07', '22:00-06:00', { minAgents: 1 });
    const input = week(1, {
      shifts: [...worked, monday],
      assignments: worked.map((shift) => ({ shiftId: shift.id, agentId: 'agent-1' })),
      to: '2026-06-14',
    });
    const cut = [{ shiftId: monday.id, agentId: 'agent-1' }];
    expect(
      only(
        checkRoster({ ...input, assignments: [...input.assignments, ...cut] }).violations,
        RosterRule.WEEKLY_REST,
      ),
    ).toHaveLength(1);

    const built = buildPlanningModel({ input, plannableShiftIds: new Set([monday.id]), wishes: [] });
    const session = new HighsSession();
    try {
      expect(await evaluate(session, built, cut)).toBeNull();
      expect(await evaluate(session, built, [])).not.toBeNull();
    } finally {
      await session.close();
    }
  });
  it('counts a fixed shift in the 10 h of a day the planner may add two shifts to', async () => {
    // A fixed morning of 3 h, then two afternoon shifts of 4 h: each alone is lawful with the
    // morning, both make 11 h of work in the day.
    const [morning] = daily('2026-06-03', '2026-06-03', '08:00-11:00', { minAgents: 1 });
    const [early] = daily('2026-06-03', '2026-06-03', '12:00-16:00', { minAgents: 1 });
    const [late] = daily('2026-06-03', '2026-06-03', '16:00-20:00', { minAgents: 1 });
    const input = week(1, {
      shifts: [morning, early, late],
      assignments: [{ shiftId: morning.id, agentId: 'agent-1' }],
    });
    const both = [early, late].map((shift) => ({ shiftId: shift.id, agentId: 'agent-1' }));
    expect(
      only(
        checkRoster({ ...input, assignments: [...input.assignments, ...both] }).violations,
        RosterRule.DAILY_WORK,
      ),
    ).toHaveLength(1);

    const built = buildPlanningModel({ input, plannableShiftIds: new Set([early.id, late.id]), wishes: [] });
    const session = new HighsSession();
    try {
      expect(await evaluate(session, built, both)).toBeNull();
      expect(await evaluate(session, built, both.slice(1))).not.toBeNull();
    } finally {
      await session.close();
    }
  });
  it('keeps the 20-minute break of a day of 6 h, with the fixed work of the day', async () => {
    // A fixed morning of 3 h without break; an afternoon 10 minutes later makes 6 h 20 without a
    // break of 20 minutes, one 20 minutes later has it between them.
    const [morning] = daily('2026-06-03', '2026-06-03', '08:00-11:00', { minAgents: 1, breakMinutes: 0 });
    const [close] = daily('2026-06-03', '2026-06-03', '11:10-14:30', { minAgents: 1, breakMinutes: 0 });
    const [later] = daily('2026-06-03', '2026-06-03', '11:20-14:30', { minAgents: 1, breakMinutes: 0 });
    const [long] = daily('2026-06-05', '2026-06-05', '08:00-15:00', { minAgents: 1, breakMinutes: 0 });
    const input = week(1, {
      shifts: [morning, close, later, long],
      assignments: [{ shiftId: morning.id, agentId: 'agent-1' }],
    });
    const on = (shift: RosterShift) => [{ shiftId: shift.id, agentId: 'agent-1' }];
    const breaks = (proposal: { shiftId: string; agentId: string }[]) =>
      only(
        checkRoster({ ...input, assignments: [...input.assignments, ...proposal] }).violations,
        RosterRule.BREAK,
      ).length;
    expect([breaks(on(close)), breaks(on(later)), breaks(on(long))]).toEqual([1, 0, 1]);

    const built = buildPlanningModel({
      input,
      plannableShiftIds: new Set([close.id, later.id, long.id]),
      wishes: [],
    });
    const session = new HighsSession();
    try {
      expect(await evaluate(session, built, on(close))).toBeNull();
      expect(await evaluate(session, built, on(long))).toBeNull();
      expect(await evaluate(session, built, on(later))).not.toBeNull();
    } finally {
      await session.close();
    }
  });
});

describe('the last word of the rules engine', () => {
  it('drops an assignment that breaks a rule, and reports it as a bug', () => {
    const input = week(2);
    const [morning, , , , , , , evening] = input.shifts;
    const bugs: string[] = [];
    // Morning then evening of the same day: a 16 h span for agent 1.
    const proposal = [
      { shiftId: morning.id, agentId: 'agent-1' },
      { shiftId: evening.id, agentId: 'agent-1' },
      { shiftId: morning.id, agentId: 'agent-2' },
    ];
    const kept = lawful(input, proposal, (message) => bugs.push(message));
    expect(kept).toContainEqual({ shiftId: morning.id, agentId: 'agent-2' });
    expect(kept.length).toBeLessThan(3);
    expect(newViolations(input, kept)).toBe(0);
    expect(bugs).toHaveLength(1);
    expect(bugs[0]).toMatch(/^Le plan proposé enfreint/);
  });
});
