import { DerogationResponse, RosterCheckResponse, ShiftResponse, ShiftTypeResponse } from '@vigie/shared';

import { AuditEvent } from '../../src/common/audit/audit-event.entity';
import { Agent } from '../../src/modules/agents/agent.entity';
import { Derogation } from '../../src/modules/planning/derogation.entity';
import { bearer, createSignedInApp, TestApp } from '../support/test-app';

/** A Monday: the demo publishes this week and drafts the next, with one deliberate rest of 1 h. */
const TODAY = '2026-06-15';
const NEXT_WEEK = 'from=2026-06-22&to=2026-06-28';

describe('derogations (décret 2000-815 art. 3 II) and breaks', () => {
  let t: TestApp;
  let chief: string;
  let supervisor: string;

  beforeAll(async () => {
    [t, chief, supervisor] = await createSignedInApp({ today: TODAY }, 'chef', 'superviseur');
  });
  afterAll(() => t.close());

  const check = async (): Promise<RosterCheckResponse> =>
    (
      await t.http
        .get(`/api/roster/check?${NEXT_WEEK}`)
        .set(...bearer(chief))
        .expect(200)
    ).body as RosterCheckResponse;
  const count = (): Promise<number> => t.dataSource.getRepository(Derogation).count();
  const body = (overrides: Record<string, unknown> = {}) => ({
    kind: 'EXCEPTIONAL',
    rule: 'DAILY_REST',
    limit: 1,
    title: 'Rappel de nuit',
    reason: 'Intervention prolongée après un incendie',
    decidedBy: 'Sophie Delattre, cheffe de service',
    from: '2026-06-23',
    to: '2026-06-24',
    ...overrides,
  });

  it('turns the violation it covers into a warning naming it, until it is revoked; both in the audit trail', async () => {
    const [rest] = (await check()).violations;
    expect(rest.rule).toBe('DAILY_REST');
    const created = await t.http
      .post('/api/derogations')
      .set(...bearer(chief))
      .send(body({ agentIds: [rest.agentId] }))
      .expect(201);
    const derogation = created.body as DerogationResponse;
    expect(derogation).toMatchObject({
      rule: 'DAILY_REST',
      limit: 1,
      standingLimit: 11,
      createdByName: 'Sophie Delattre',
      revokedAt: null,
      agents: [{ agentId: rest.agentId }],
    });

    const covered = await check();
    expect(covered.violations).toEqual([]);
    expect(covered.warnings).toContainEqual(
      expect.objectContaining({
        rule: 'DAILY_REST',
        severity: 'warning',
        agentId: rest.agentId,
        derogationId: derogation.id,
        message: expect.stringContaining('dérogation « Rappel de nuit » : 1 h minimum'),
      }),
    );
    // The supervisor reads it; its page lists it.
    const list = await t.http
      .get('/api/derogations?active=true&from=2026-06-22&to=2026-06-28')
      .set(...bearer(supervisor))
      .expect(200);
    expect((list.body.items as DerogationResponse[]).map((d) => d.id)).toEqual([derogation.id]);

    const revoked = await t.http
      .post(`/api/derogations/${derogation.id}/revoke`)
      .set(...bearer(chief))
      .send({ reason: 'Décision annulée', version: derogation.version })
      .expect(200);
    expect(revoked.body).toMatchObject({
      revokeReason: 'Décision annulée',
      revokedByName: 'Sophie Delattre',
    });
    expect((await check()).violations.map((v) => v.rule)).toEqual(['DAILY_REST']);

    const events = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ entity: 'derogation', entityId: derogation.id });
    expect(events.map((event) => event.action).sort()).toEqual(['CREATE', 'REVOKE']);

    // Revoking again is a conflict, and writes nothing.
    const again = await t.http
      .post(`/api/derogations/${derogation.id}/revoke`)
      .set(...bearer(chief))
      .send({ reason: 'Encore', version: revoked.body.version })
      .expect(409);
    expect(again.body).toMatchObject({ reason: 'DEROGATION_REVOKED' });
  });

  it('refuses bad input with a French problem and writes nothing', async () => {
    const agentId = (await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName: 'Lefebvre' })).id;
    const before = await count();
    const cases: [Record<string, unknown>, number, string | undefined, string][] = [
      [body({ agentIds: [agentId], limit: 12 }), 400, 'DEROGATION_LIMIT_INVALID', 'limit'],
      [
        body({ agentIds: [agentId], rule: 'WEEKLY_HOURS', limit: 40 }),
        400,
        'DEROGATION_LIMIT_INVALID',
        'limit',
      ],
      [body({ agentIds: [agentId], limit: 9.1 }), 400, 'DEROGATION_LIMIT_INVALID', 'limit'],
      // A number written with an exponent once made class-validator throw (a 500).
      [body({ agentIds: [agentId], limit: 8e-323 }), 400, undefined, 'limit'],
      [
        body({ agentIds: [agentId], from: '2026-06-24', to: '2026-06-23' }),
        400,
        'DEROGATION_PERIOD_INVALID',
        'to',
      ],
      [body({ agentIds: [agentId], to: '2027-06-24' }), 400, 'DEROGATION_PERIOD_INVALID', 'to'],
      [
        body({ agentIds: ['00000000-0000-4000-8000-000000000000'] }),
        400,
        'DEROGATION_UNKNOWN_AGENT',
        'agentIds',
      ],
      [body({ agentIds: [agentId], rule: 'OVERLAP' }), 400, undefined, 'rule'],
      [body({ agentIds: [] }), 400, undefined, 'agentIds'],
      [body({ agentIds: [agentId], reason: '' }), 400, undefined, 'reason'],
    ];
    for (const [sent, status, reason, field] of cases) {
      const response = await t.http
        .post('/api/derogations')
        .set(...bearer(chief))
        .send(sent)
        .expect(status);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.reason).toBe(reason);
      expect(response.body.detail).toMatch(/^Données invalides/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await count()).toBe(before);
    await t.http
      .get('/api/derogations/00000000-0000-4000-8000-000000000000')
      .set(...bearer(chief))
      .expect(404);
  });

  it('lets the chief alone decide: the supervisor reads, the agent and HR do not even read', async () => {
    const agentId = (await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName: 'Lefebvre' })).id;
    await t.http
      .post('/api/derogations')
      .set(...bearer(supervisor))
      .send(body({ agentIds: [agentId] }))
      .expect(403);
    for (const login of ['agent', 'rh'] as const) {
      await t.http
        .get('/api/derogations')
        .set(...bearer(await t.tokenOf(login)))
        .expect(403);
    }
  });

  describe('breaks', () => {
    it('gives a new type of 6 h or more the statutory 20 minutes, a shorter one none, and refuses a break as long as the shift', async () => {
      const create = (code: string, endTime: string, extra: Record<string, unknown> = {}) =>
        t.http
          .post('/api/shift-types')
          .set(...bearer(chief))
          .send({ code, label: `Essai ${code}`, startTime: '08:00', endTime, minAgents: 1, ...extra });
      expect(((await create('PAUSE_LONG', '14:00').expect(201)).body as ShiftTypeResponse).breakMinutes).toBe(
        20,
      );
      expect(
        ((await create('PAUSE_COURT', '13:59').expect(201)).body as ShiftTypeResponse).breakMinutes,
      ).toBe(0);
      const refused = await create('PAUSE_TROP', '10:00', { breakMinutes: 120 }).expect(400);
      expect(refused.body).toMatchObject({ reason: 'BREAK_TOO_LONG', errors: [{ field: 'breakMinutes' }] });
    });

    it('takes a break of 120 minutes and refuses 121 in French (API.md: 0–120)', async () => {
      const create = (code: string, breakMinutes: number) =>
        t.http
          .post('/api/shift-types')
          .set(...bearer(chief))
          .send({
            code,
            label: `Essai ${code}`,
            startTime: '06:00',
            endTime: '18:00',
            minAgents: 1,
            breakMinutes,
          });
      const longest = (await create('PAUSE_120', 120).expect(201)).body as ShiftTypeResponse;
      expect(longest.breakMinutes).toBe(120);
      const refused = await create('PAUSE_121', 121).expect(400);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'breakMinutes', message: expect.stringContaining('120') }),
      ]);
      expect(JSON.stringify(refused.body)).not.toMatch(/must not be|should/);
      const patched = await t.http
        .patch(`/api/shift-types/${longest.id}`)
        .set(...bearer(chief))
        .send({ breakMinutes: 121, version: longest.version })
        .expect(400);
      expect(patched.body.errors).toEqual([expect.objectContaining({ field: 'breakMinutes' })]);
    });

    it('refuses to take the break away from a shift of 8 h agents are on (422, the rule named)', async () => {
      const shifts = (
        await t.http
          .get('/api/shifts?from=2026-06-22&to=2026-06-22')
          .set(...bearer(chief))
          .expect(200)
      ).body.items as ShiftResponse[];
      const staffed = shifts.find((shift) => shift.typeCode === 'MATIN' && shift.assignments.length > 0)!;
      expect(staffed.breakMinutes).toBe(20);
      const refused = await t.http
        .patch(`/api/shifts/${staffed.id}`)
        .set(...bearer(chief))
        .send({ breakMinutes: 10, version: staffed.version })
        .expect(422);
      expect(refused.body).toMatchObject({ reason: 'BREAK_TOO_SHORT' });
      expect(refused.body.violations[0].message).toMatch(/sans pause de 20 min \(la plus longue : 10 min\)/);
      const kept = await t.http
        .patch(`/api/shifts/${staffed.id}`)
        .set(...bearer(chief))
        .send({ breakMinutes: 30, version: staffed.version })
        .expect(200);
      expect((kept.body as ShiftResponse).breakMinutes).toBe(30);
    });
  });
});
