import {
  LoginResponse,
  PlanResponse,
  SecondmentListResponse,
  SecondmentResponse,
  TimeAccountResponse,
} from '@vigie/shared';

import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { SECONDED_MATRICULE } from '../../src/database/seed/secondment.seed';
import { DEMO_SERVICES, POOLED_CHIEF } from '../../src/database/seed/services.seed';
import { bearer, createTestApp, type TestApp } from '../support/test-app';

const LOMME = DEMO_SERVICES.lomme.id;
const POOLED = DEMO_SERVICES.pooled.id;
const HOUR = 3_600_000;

/**
 * Issue 25, point 3: an agent of Lomme at the pooled service's disposal (CSI L512-1). The demo
 * lends Lucie Wallart for this year and the next; the pooled service rosters her on a patrol.
 */
describe('an agent at another service’s disposal', () => {
  let t: TestApp;
  let chef: string;
  let pooled: string;
  let lucie: string;
  let pooledType: string;

  const signIn = async (login: string): Promise<LoginResponse> =>
    (await t.http.post('/api/auth/login').send({ login, password: DEMO_PASSWORD }).expect(200))
      .body as LoginResponse;

  /** A shift of the pooled service's day patrol at these instants (through its chief). */
  const pooledShift = async (startsAt: Date, hours = 8): Promise<string> =>
    (
      await t.http
        .post('/api/shifts')
        .set(...bearer(pooled))
        .send({
          shiftTypeId: pooledType,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(+startsAt + hours * HOUR).toISOString(),
        })
        .expect(201)
    ).body.id as string;

  /** Lucie's shifts at Lomme, read behind the API's back. */
  const lommeShiftsOfLucie = async (): Promise<{ startsAt: Date; endsAt: Date; shiftId: string }[]> =>
    t.owner.query(
      `SELECT starts_at AS "startsAt", ends_at AS "endsAt", shift_id AS "shiftId" FROM assignment
        WHERE agent_id = $1 AND service_id = $2 ORDER BY starts_at`,
      [lucie, LOMME],
    );

  const assign = (token: string, shiftId: string, agentId: string) =>
    t.http
      .put(`/api/shifts/${shiftId}/assignments/${agentId}`)
      .set(...bearer(token))
      .send({});

  beforeAll(async () => {
    t = await createTestApp({ today: '2026-06-15' });
    chef = await t.tokenOf('chef');
    pooled = (await signIn(POOLED_CHIEF.login)).accessToken;
    [{ id: lucie }] = await t.owner.query(`SELECT id FROM agent WHERE matricule = $1 AND service_id = $2`, [
      SECONDED_MATRICULE,
      LOMME,
    ]);
    [{ id: pooledType }] = await t.owner.query(
      `SELECT id FROM shift_type WHERE service_id = $1 AND code = 'JOUR'`,
      [POOLED],
    );
  });
  afterAll(() => t.close());

  it('has the host’s planner give her about her share of a week, not a full-timer’s nor nothing', async () => {
    // First, on the demo as it is (the tests below roster her more). A week of October nobody
    // planned: the pooled service's shifts generated, a plan proposed.
    const week = { from: '2026-10-05', to: '2026-10-11' };
    await t.http
      .post('/api/shifts/generate')
      .set(...bearer(pooled))
      .send(week)
      .expect(201);
    const proposal = (
      await t.http
        .post('/api/roster/plan')
        .set(...bearer(pooled))
        .send({ ...week, apply: false })
        .expect(200)
    ).body as PlanResponse;
    const hers = proposal.assignments.filter((assignment) => assignment.agentId === lucie);
    // A fifth of 35 h is 7 h: one day patrol of 8 h, within the 20 % the check allows.
    expect(hers).toHaveLength(1);
    const load = proposal.stats.agents.find((agent) => agent.agentId === lucie)!;
    expect(load).toMatchObject({ contractRatio: 0.2, contractHours: 7, hours: 8 });
  });

  it('is read by both services, each seeing its side; agents and other roles read nothing of it', async () => {
    const home = (
      await t.http
        .get('/api/secondments')
        .set(...bearer(chef))
        .expect(200)
    ).body as SecondmentListResponse;
    const host = (
      await t.http
        .get('/api/secondments')
        .set(...bearer(pooled))
        .expect(200)
    ).body as SecondmentListResponse;
    expect(home.items).toHaveLength(1);
    expect(home.items[0]).toMatchObject({
      agent: { id: lucie, lastName: 'Wallart' },
      homeService: { id: LOMME },
      hostService: { id: POOLED },
      direction: 'OUTGOING',
      from: '2026-01-01',
      to: '2027-12-31',
      sharePercent: 20,
    });
    expect(host.items.map((s) => [s.id, s.direction])).toEqual([[home.items[0].id, 'INCOMING']]);
    await t.http
      .get('/api/secondments')
      .set(...bearer(await t.tokenOf('agent')))
      .expect(403);
    // The host lists her among its agents, naming her service; the home service does not.
    const hostAgents = await t.http
      .get('/api/agents?limit=100')
      .set(...bearer(pooled))
      .expect(200);
    expect(hostAgents.body.items.find((a: { id: string }) => a.id === lucie)).toMatchObject({
      lastName: 'Wallart',
      homeServiceName: DEMO_SERVICES.lomme.name,
    });
    const record = await t.http
      .get(`/api/agents/${lucie}`)
      .set(...bearer(pooled))
      .expect(200);
    expect(record.body.qualifications.length).toBeGreaterThan(0);
    const own = await t.http
      .get(`/api/agents/${lucie}`)
      .set(...bearer(chef))
      .expect(200);
    expect(own.body.homeServiceName).toBeUndefined();
  });

  it('lets the host read her record but never change it', async () => {
    const before = await t.owner.query(`SELECT version, phone FROM agent WHERE id = $1`, [lucie]);
    const edit = await t.http
      .patch(`/api/agents/${lucie}`)
      .set(...bearer(pooled))
      .send({ phone: '06 00 00 00 00', version: before[0].version })
      .expect(422);
    expect(edit.body.reason).toBe('AGENT_OF_ANOTHER_SERVICE');
    expect(edit.body.detail).toContain(DEMO_SERVICES.lomme.name);
    const qualification = await t.http
      .post(`/api/agents/${lucie}/qualifications`)
      .set(...bearer(pooled))
      .send({ kind: 'BATON', obtainedOn: '2026-01-10' })
      .expect(422);
    expect(qualification.body.reason).toBe('AGENT_OF_ANOTHER_SERVICE');
    expect(await t.owner.query(`SELECT version, phone FROM agent WHERE id = $1`, [lucie])).toEqual(before);
    // Nor lend her further: that is her service's decision.
    const lend = await t.http
      .post('/api/secondments')
      .set(...bearer(pooled))
      .send({
        agentId: lucie,
        hostServiceId: LOMME,
        from: '2026-07-01',
        to: '2026-07-31',
        sharePercent: 10,
        convention: 'Convention',
      })
      .expect(422);
    expect(lend.body.reason).toBe('AGENT_OF_ANOTHER_SERVICE');
  });

  it('refuses a secondment that is not one, with the reason in French', async () => {
    const body = {
      agentId: lucie,
      hostServiceId: POOLED,
      from: '2028-01-01',
      to: '2028-06-30',
      sharePercent: 20,
      convention: 'Avenant n° 2',
    };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ to: '2027-12-31' }, 400, 'PERIOD_REVERSED'],
      [{ to: '2031-01-03' }, 400, 'PERIOD_TOO_LONG'],
      [{ hostServiceId: LOMME }, 400, 'SECONDMENT_HOST_INVALID'],
      [{ hostServiceId: '00000000-0000-4000-8000-000000000001' }, 400, 'SECONDMENT_HOST_INVALID'],
      [{ sharePercent: 0 }, 400, 'VALIDATION'],
      [{ sharePercent: 101 }, 400, 'VALIDATION'],
      [{ convention: 'ab' }, 400, 'VALIDATION'],
      [{ from: '2027-12-01' }, 409, 'SECONDMENT_OVERLAP'],
    ];
    for (const [change, status, reason] of cases) {
      const response = await t.http
        .post('/api/secondments')
        .set(...bearer(chef))
        .send({ ...body, ...change })
        .expect(status);
      expect(response.body.reason ?? response.body.code).toBe(reason);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const [{ n }] = await t.owner.query(`SELECT count(*)::int AS n FROM agent_secondment`);
    expect(n).toBe(1);
    // The day after hers ends, another period is lawful — and withdrawn while unused.
    const created = await t.http
      .post('/api/secondments')
      .set(...bearer(chef))
      .send(body)
      .expect(201);
    expect((created.body as SecondmentResponse).direction).toBe('OUTGOING');
    await t.http
      .delete(`/api/secondments/${created.body.id}`)
      .set(...bearer(pooled))
      .expect(422);
    await t.http
      .delete(`/api/secondments/${created.body.id}`)
      .set(...bearer(chef))
      .expect(204);
  });

  it('refuses a double booking across the services, both ways', async () => {
    const [first] = await lommeShiftsOfLucie();
    // The pooled service puts her on a patrol overlapping her Lomme shift.
    const overlapping = await pooledShift(new Date(+first.startsAt + 2 * HOUR));
    const refused = await assign(pooled, overlapping, lucie).expect(409);
    expect(refused.body.reason).toBe('ASSIGNMENT_OVERLAP');
    expect(refused.body.detail).toContain(DEMO_SERVICES.lomme.name);
    // Lomme puts her on a shift overlapping her pooled patrol of the demo.
    const [{ shiftId: pooledPatrol, startsAt }] = await t.owner.query(
      `SELECT shift_id AS "shiftId", starts_at AS "startsAt" FROM assignment WHERE agent_id = $1 AND service_id = $2`,
      [lucie, POOLED],
    );
    expect(pooledPatrol).toBeDefined();
    const [{ id: lommeShift }] = await t.owner.query(
      `SELECT id FROM shift WHERE service_id = $1 AND starts_at < $2 AND ends_at > $2 LIMIT 1`,
      [LOMME, new Date(+new Date(startsAt) + HOUR)],
    );
    const back = await assign(chef, lommeShift, lucie).expect(409);
    expect(back.body.reason).toBe('ASSIGNMENT_OVERLAP');
    expect(back.body.detail).toContain(DEMO_SERVICES.pooled.name);
  });

  it('counts her hours in both services in the rest rules', async () => {
    const shifts = await lommeShiftsOfLucie();
    // Two hours after a Lomme shift ends: 11 h of daily rest are missing (décret 2000-815 art. 3).
    const last = shifts[shifts.length - 1];
    const tooSoon = await pooledShift(new Date(+last.endsAt + 2 * HOUR), 6);
    const refused = await assign(pooled, tooSoon, lucie).expect(422);
    expect(refused.body.violations.map((v: { rule: string }) => v.rule)).toContain('DAILY_REST');
    // Outside her secondment she is not the pooled service's to roster.
    const after = await pooledShift(new Date('2028-01-04T07:00:00Z'));
    const outside = await assign(pooled, after, lucie).expect(422);
    expect(outside.body.detail).toContain('dehors de sa mise à disposition');
  });

  it('counts her pooled hours in her time account at Lomme', async () => {
    const account = async (): Promise<TimeAccountResponse> =>
      (
        await t.http
          .get(`/api/agents/${lucie}/time-account`)
          .set(...bearer(chef))
          .expect(200)
      ).body;
    const before = await account();
    // A free day of hers far from her Lomme shifts: 8 h more in her account.
    const shifts = await lommeShiftsOfLucie();
    const free = new Date(+shifts[shifts.length - 1].endsAt + 48 * HOUR);
    const patrol = await pooledShift(free);
    await assign(pooled, patrol, lucie).expect(200);
    const after = await account();
    // The break is work time (the agent stays at the service's disposal): the whole 8 h.
    expect(after.hoursDraft - before.hoursDraft).toBeCloseTo(8, 5);
  });

  it('warns the host that rosters her beyond her convention’s share, without refusing it', async () => {
    // A week of September, nothing of hers planned: a fifth of 35 h is 7 h, 8 h 24 with 20 %.
    const shareWarnings = async (): Promise<string[]> =>
      (
        (
          await t.http
            .get('/api/roster/check?from=2026-09-07&to=2026-09-13')
            .set(...bearer(pooled))
            .expect(200)
        ).body.warnings as { rule: string; message: string }[]
      )
        .filter((warning) => warning.rule === 'SECONDMENT_SHARE')
        .map((warning) => warning.message);
    await assign(pooled, await pooledShift(new Date('2026-09-07T06:00:00Z')), lucie).expect(200);
    expect(await shareWarnings()).toEqual([]);
    await assign(pooled, await pooledShift(new Date('2026-09-09T06:00:00Z')), lucie).expect(200);
    expect(await shareWarnings()).toEqual([
      '16 h de travail ici sur la période pour 7 h que lui donne sa mise à disposition (20 % de son temps) : plus de 20 % au-delà (Lucie Wallart)',
    ]);
  });

  it('cannot be withdrawn by her service once the host rosters her', async () => {
    const [secondment] = (
      (
        await t.http
          .get('/api/secondments')
          .set(...bearer(chef))
          .expect(200)
      ).body as SecondmentListResponse
    ).items;
    const refused = await t.http
      .delete(`/api/secondments/${secondment.id}`)
      .set(...bearer(chef))
      .expect(409);
    expect(refused.body.reason).toBe('SECONDMENT_IN_USE');
    expect(refused.body.detail).toContain(DEMO_SERVICES.pooled.name);
  });

  it('lets one of two simultaneous overlapping bookings in, across the services', async () => {
    const day = new Date('2026-07-20T04:00:00Z');
    const [{ id: morning }] = await t.owner.query(
      `SELECT id FROM shift_type WHERE service_id = $1 AND code = 'MATIN'`,
      [LOMME],
    );
    const lommeId = (
      await t.http
        .post('/api/shifts')
        .set(...bearer(chef))
        .send({
          shiftTypeId: morning,
          startsAt: day.toISOString(),
          endsAt: new Date(+day + 8 * HOUR).toISOString(),
        })
        .expect(201)
    ).body.id as string;
    const pooledId = await pooledShift(new Date(+day + HOUR));
    const results = await Promise.all([assign(chef, lommeId, lucie), assign(pooled, pooledId, lucie)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const [{ n }] = await t.owner.query(
      `SELECT count(*)::int AS n FROM assignment WHERE agent_id = $1 AND shift_id = ANY($2::uuid[])`,
      [lucie, [lommeId, pooledId]],
    );
    expect(n).toBe(1);
  });
});
