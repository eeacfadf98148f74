import { PlanResponse, RosterCheckResponse, solverJargonIn } from '@vigie/shared';

import { DomainException } from '../../src/common/errors/domain.exception';
import { Assignment } from '../../src/modules/planning/assignment.entity';
import { AssignmentGuard } from '../../src/modules/planning/assignment-guard';
import { bearer, createTestApp, TestApp } from '../support/test-app';

/** A Monday: the demo publishes this week and drafts the next one; the planner works on week 3. */
const TODAY = '2026-06-15';
const NEXT_WEEK = { from: '2026-06-22', to: '2026-06-28' };
const WEEK_3 = { from: '2026-06-29', to: '2026-07-05' };
const THIS_WEEK = { from: '2026-06-15', to: '2026-06-21' };

describe('automatic planning (POST /api/roster/plan)', () => {
  let t: TestApp;
  let chief: string;

  beforeAll(async () => {
    t = await createTestApp({ today: TODAY, env: { PLANNER_TIME_LIMIT_SECONDS: '3' } });
    chief = await t.tokenOf('chef');
    await t.http
      .post('/api/shifts/generate')
      .set(...bearer(chief))
      .send(WEEK_3)
      .expect(201);
  });
  afterAll(() => t.close());

  const plan = (body: object, token = chief) =>
    t.http
      .post('/api/roster/plan')
      .set(...bearer(token))
      .send(body);
  const assignmentCount = () => t.dataSource.getRepository(Assignment).count();
  const check = async (period: { from: string; to: string }): Promise<RosterCheckResponse> =>
    (
      await t.http
        .get(`/api/roster/check?from=${period.from}&to=${period.to}`)
        .set(...bearer(chief))
        .expect(200)
    ).body as RosterCheckResponse;

  it('proposes a lawful roster for an empty week without writing it, within the time limit', async () => {
    const before = await assignmentCount();
    const response = await plan({ ...WEEK_3, apply: false }).expect(200);
    const body = response.body as PlanResponse;

    // The search honours its configured limit (3 s here); speed itself is measured in the bench.
    expect(body.stats.solveSeconds).toBeLessThan(3 + 2);
    expect(body.applied).toBe(false);
    expect(await assignmentCount()).toBe(before);
    expect(body.assignments.length).toBeGreaterThan(40);
    expect(body.stats.solver.filledPlaces).toBeGreaterThanOrEqual(body.stats.greedy.filledPlaces);
    expect(['optimal', 'time_limit', 'greedy']).toContain(body.stats.status);
    expect(body.stats.agents.length).toBeGreaterThan(10);
    // Every proposed assignment is on a shift of the week, for a known agent.
    expect(body.assignments.every((a) => a.startsAt >= '2026-06-28T22:00:00.000Z')).toBe(true);
    expect(body.assignments.every((a) => a.agentName.length > 0 && a.shiftLabel.length > 0)).toBe(true);
  });

  it('writes the proposal into the draft with apply, in one go, and the rules engine finds nothing against it', async () => {
    const before = await assignmentCount();
    const response = await plan({ ...WEEK_3, apply: true }).expect(200);
    const body = response.body as PlanResponse;
    expect(body.applied).toBe(true);
    expect(await assignmentCount()).toBe(before + body.assignments.length);

    const result = await check(WEEK_3);
    expect(result.violations).toEqual([]);
    // A second proposal keeps what is there: it only fills what is left.
    const again = (await plan({ ...WEEK_3, apply: false }).expect(200)).body as PlanResponse;
    const open = new Set(body.uncovered.map((u) => u.shiftId));
    expect(again.assignments.every((a) => open.has(a.shiftId))).toBe(true);
  });

  it('writes exactly the proposal the chief reviewed when given back, and refuses it once out of date', async () => {
    const period = { from: '2026-07-20', to: '2026-07-22' };
    await t.http
      .post('/api/shifts/generate')
      .set(...bearer(chief))
      .send(period)
      .expect(201);
    const shown = (await plan({ ...period, apply: false }).expect(200)).body as PlanResponse;
    expect(shown.assignments.length).toBeGreaterThan(10);
    const pairs = shown.assignments.map(({ shiftId, agentId }) => ({ shiftId, agentId }));
    const key = (a: { shiftId: string; agentId: string }): string => `${a.shiftId}|${a.agentId}`;

    // One agent on two shifts at the same time: the rules engine refuses, nothing is written.
    const before = await assignmentCount();
    const shifts = (
      await t.http
        .get(`/api/shifts?limit=200&from=${period.from}&to=${period.to}`)
        .set(...bearer(chief))
        .expect(200)
    ).body.items as { id: string; startsAt: string; endsAt: string }[];
    const [a, b] = shifts.flatMap((x) =>
      shifts.filter((y) => y.id > x.id && y.startsAt < x.endsAt && x.startsAt < y.endsAt).map((y) => [x, y]),
    )[0];
    const agentId = pairs[0].agentId;
    const overlapping = await plan({
      ...period,
      apply: true,
      assignments: [
        { shiftId: a.id, agentId },
        { shiftId: b.id, agentId },
      ],
    }).expect(422);
    expect(overlapping.body).toMatchObject({
      violations: expect.arrayContaining([expect.objectContaining({ rule: 'OVERLAP' })]),
    });
    expect(await assignmentCount()).toBe(before);

    const applied = (await plan({ ...period, apply: true, assignments: pairs }).expect(200))
      .body as PlanResponse;
    expect(applied.applied).toBe(true);
    expect(applied.stats.status).toBe('reviewed');
    expect(applied.assignments.map(key).sort()).toEqual(pairs.map(key).sort());
    expect(applied.stats.solver).toEqual(shown.stats.solver);
    const rows: { shift_id: string; agent_id: string }[] = await t.dataSource.query(
      `SELECT a.shift_id, a.agent_id FROM assignment a JOIN shift s ON s.id = a.shift_id
        WHERE s.starts_at >= $1 AND s.starts_at < $2`,
      ['2026-07-19T22:00:00Z', '2026-07-22T22:00:00Z'],
    );
    expect(rows.map((row) => `${row.shift_id}|${row.agent_id}`).sort()).toEqual(pairs.map(key).sort());
    expect((await check(period)).violations).toEqual([]);

    // Given back again, it is out of date: a 409 in French, nothing written twice.
    const count = await assignmentCount();
    const stale = await plan({ ...period, apply: true, assignments: pairs }).expect(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect((stale.body as { detail: string }).detail).toContain('relancez');
    expect(await assignmentCount()).toBe(count);
  });

  it('keeps the assignments already made and never touches a published week', async () => {
    const published = await t.dataSource.query(
      `SELECT a.shift_id, a.agent_id FROM assignment a JOIN shift s ON s.id = a.shift_id
        WHERE s.starts_at >= $1 AND s.starts_at < $2 ORDER BY 1, 2`,
      ['2026-06-14T22:00:00Z', '2026-06-28T22:00:00Z'],
    );
    const response = await plan({ from: THIS_WEEK.from, to: NEXT_WEEK.to, apply: true }).expect(200);
    const body = response.body as PlanResponse;
    // Nothing proposed on the published week.
    expect(body.assignments.every((a) => a.startsAt >= '2026-06-21T22:00:00.000Z')).toBe(true);
    const after = await t.dataSource.query(
      `SELECT a.shift_id, a.agent_id FROM assignment a JOIN shift s ON s.id = a.shift_id
        WHERE s.starts_at >= $1 AND s.starts_at < $2 ORDER BY 1, 2`,
      ['2026-06-14T22:00:00Z', '2026-06-28T22:00:00Z'],
    );
    // Every assignment made before is still there.
    const keys = new Set(
      after.map((row: { shift_id: string; agent_id: string }) => `${row.shift_id}|${row.agent_id}`),
    );
    expect(
      published.every((row: { shift_id: string; agent_id: string }) =>
        keys.has(`${row.shift_id}|${row.agent_id}`),
      ),
    ).toBe(true);
    expect(after.length).toBe(published.length + body.assignments.length);
  });

  it('reports what cannot be covered, with the reason in French, instead of forcing it', async () => {
    // An evening event needing 20 armed agents: more than the service has.
    const types = (
      await t.http
        .get('/api/shift-types?limit=200')
        .set(...bearer(chief))
        .expect(200)
    ).body.items as {
      id: string;
      code: string;
    }[];
    const event = await t.http
      .post('/api/shifts')
      .set(...bearer(chief))
      .send({
        shiftTypeId: types.find((type) => type.code === 'NUIT')!.id,
        startsAt: '2026-07-06T21:00:00+02:00',
        endsAt: '2026-07-07T05:00:00+02:00',
        minAgents: 20,
        requirements: [{ kind: 'FIREARM', count: 20 }],
        label: 'Feu d’artifice',
      })
      .expect(201);
    const response = await plan({ from: '2026-07-06', to: '2026-07-06', apply: false }).expect(200);
    const body = response.body as PlanResponse;
    const uncovered = body.uncovered.find((u) => u.shiftId === event.body.id);
    expect(uncovered).toBeDefined();
    expect(uncovered!.message).toMatch(
      /^Feu d’artifice, lundi 06\/07 de 21:00 à 05:00 : 20 agents armés requis, \d+ affectés? — les autres sont /,
    );
    expect(uncovered!.missing).toEqual([expect.objectContaining({ kind: 'FIREARM' })]);
    expect(body.stats.solver.filledPlaces).toBeLessThan(body.stats.solver.requiredPlaces);
    // The summary says it in a chief's words.
    const { filledPlaces, requiredPlaces } = body.stats.solver;
    expect(body.summary.filled).toBe(`${filledPlaces} places pourvues sur ${requiredPlaces}`);
    expect(body.summary.unfilled).toBe(
      body.uncovered.length === 1 ? '1 créneau non pourvu' : `${body.uncovered.length} créneaux non pourvus`,
    );
    expect(body.summary.fairness).toMatch(
      /^Écart de charge entre agents : \d+ h ; nuits par agent : \d+( à \d+)? ; week-ends par agent : \d+( à \d+)?$/,
    );
    const words = [...Object.values(body.summary), ...body.uncovered.map((u) => u.message)];
    expect(words.flatMap((text) => solverJargonIn(text))).toEqual([]);
  });

  it('is all-or-nothing: a failure in the middle of apply writes nothing', async () => {
    await t.http
      .post('/api/shifts/generate')
      .set(...bearer(chief))
      .send({ from: '2026-07-13', to: '2026-07-14' })
      .expect(201);
    // Whichever node the request reaches fails at its fifth assignment.
    let calls = 0;
    const spies = t.nodes.map((node) => {
      const guard = node.get(AssignmentGuard);
      const insert = guard.insert.bind(guard);
      return jest.spyOn(guard, 'insert').mockImplementation(async (...args) => {
        if (++calls === 5)
          throw new DomainException('CONFLICT', 'Panne simulée au cinquième enregistrement.');
        return insert(...args);
      });
    });
    try {
      const before = await assignmentCount();
      const response = await plan({ from: '2026-07-13', to: '2026-07-14', apply: true }).expect(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(calls).toBe(5);
      expect(await assignmentCount()).toBe(before);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('answers a period without any shift at once, with nothing to propose', async () => {
    const response = await plan({ from: '2027-03-01', to: '2027-03-07', apply: true }).expect(200);
    expect(response.body).toMatchObject({ assignments: [], uncovered: [], applied: true });
  });

  it.each([
    [{ from: '2026-07-05', to: '2026-07-01', apply: false }, 'to'],
    [{ from: '2026-07-01', to: '2026-08-31', apply: false }, 'to'],
    [{ from: '2026-07-01', to: '2026-07-07' }, 'apply'],
    [{ from: 'demain', to: '2026-07-07', apply: false }, 'from'],
    [
      { from: '2026-07-01', to: '2026-07-07', apply: true, assignments: [{ shiftId: 'x', agentId: 'y' }] },
      'shiftId',
    ],
    [
      {
        from: '2026-07-01',
        to: '2026-07-07',
        apply: true,
        assignments: [
          {
            shiftId: '00000000-0000-4000-8000-000000000000',
            agentId: '00000000-0000-4000-8000-000000000001',
          },
        ],
      },
      'assignments',
    ],
  ])('refuses %j with a problem+json naming %s, and writes nothing', async (body, field) => {
    const before = await assignmentCount();
    const response = await plan(body).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(response.body)).toContain(field);
    expect(await assignmentCount()).toBe(before);
  });

  it.each([
    ['superviseur' as const, 200],
    ['rh' as const, 403],
    ['agent' as const, 403],
  ])('is open to %s: %i', async (login, status) => {
    await plan({ from: '2027-03-01', to: '2027-03-02', apply: false }, await t.tokenOf(login)).expect(status);
  });

  it('needs a signed-in user', async () => {
    await t.http
      .post('/api/roster/plan')
      .send({ ...WEEK_3, apply: false })
      .expect(401);
  });
});
