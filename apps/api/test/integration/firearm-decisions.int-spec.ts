import { FirearmDecisionResponse, ShiftResponse, ShiftTypeResponse } from '@vigie/shared';

import { AuditEvent } from '../../src/common/audit/audit-event.entity';
import { FirearmDecisionRecord } from '../../src/modules/agents/firearm-decision.entity';
import { agentIdOf, signedInApp } from '../support/signed-in-app';
import { bearer, TestApp } from '../support/test-app';

/** A Monday. The demo's 2025 training: Leclercq one session short, Caron suspended in 2025. */
const TODAY = '2026-06-15';

describe('the préfet’s decisions on firearm permits', () => {
  let t: TestApp;
  let chief: string;
  let types: Record<string, ShiftTypeResponse>;

  beforeAll(async () => {
    ({ t, chief, types } = await signedInApp({ today: TODAY }));
  });
  afterAll(() => t.close());

  const agentId = (lastName: string): Promise<string> => agentIdOf(t, lastName);
  const decide = (agent: string, body: object, token = chief) =>
    t.http
      .post(`/api/agents/${agent}/firearm-decisions`)
      .set(...bearer(token))
      .send(body);
  const decisionsOf = (agent: string) =>
    t.dataSource.getRepository(FirearmDecisionRecord).countBy({ agentId: agent });

  async function night(day: string, next: string): Promise<ShiftResponse> {
    const response = await t.http
      .post('/api/shifts')
      .set(...bearer(chief))
      .send({
        shiftTypeId: types.NUIT.id,
        startsAt: `${day}T21:00:00+02:00`,
        endsAt: `${next}T05:00:00+02:00`,
        label: `Nuit armée ${day}`,
      })
      .expect(201);
    return response.body as ShiftResponse;
  }
  const assign = (shiftId: string, agent: string) =>
    t.http.put(`/api/shifts/${shiftId}/assignments/${agent}`).set(...bearer(chief));

  it('keeps an agent whose training lapsed armed for the roster until the préfet decides', async () => {
    const leclercq = await agentId('Leclercq');
    const shift = await night('2026-08-03', '2026-08-04');
    await assign(shift.id, leclercq).expect(200);
  });

  it('records a suspension (201, audited): the agent is refused on an armed patrol from its date', async () => {
    const dumortier = await agentId('Dumortier');
    const before = await night('2026-08-05', '2026-08-06');
    const response = await decide(dumortier, {
      date: TODAY,
      decision: 'SUSPENDED',
      reference: '  Arrêté préfectoral n° 2026-417  ',
      note: 'Une seule séance en 2025.',
    }).expect(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      date: TODAY,
      decision: 'SUSPENDED',
      reference: 'Arrêté préfectoral n° 2026-417',
      note: 'Une seule séance en 2025.',
      recordedAt: expect.any(String),
    });
    const refused = await assign(before.id, dumortier).expect(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.violations.map((v: { rule: string }) => v.rule)).toContain('QUALIFICATION_MISSING');
    const record = await t.http
      .get(`/api/agents/${dumortier}`)
      .set(...bearer(chief))
      .expect(200);
    expect(record.body.qualifications.find((q: { kind: string }) => q.kind === 'FIREARM')).toMatchObject({
      valid: false,
      issue: 'SUSPENDED',
    });
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'ADD_FIREARM_DECISION', entityId: dumortier }),
    ).toBe(1);

    // A later decision maintaining the permit gives it back (same day: the one recorded last).
    await decide(dumortier, { date: TODAY, decision: 'MAINTAINED', reference: 'Arrêté n° 2026-418' }).expect(
      201,
    );
    await assign(before.id, dumortier).expect(200);
    const list = await t.http
      .get(`/api/agents/${dumortier}/firearm-decisions`)
      .set(...bearer(await t.tokenOf('superviseur')))
      .expect(200);
    expect((list.body.items as FirearmDecisionResponse[]).map((d) => d.decision)).toEqual([
      'MAINTAINED',
      'SUSPENDED',
    ]);
    expect(list.body.nextCursor).toBeNull();

    // Paged like every list: one at a time, the cursor leads to the older one, then to nothing.
    const first = await t.http
      .get(`/api/agents/${dumortier}/firearm-decisions?limit=1`)
      .set(...bearer(chief))
      .expect(200);
    expect(first.body.items.map((d: FirearmDecisionResponse) => d.decision)).toEqual(['MAINTAINED']);
    const second = await t.http
      .get(`/api/agents/${dumortier}/firearm-decisions?limit=1&cursor=${first.body.nextCursor}`)
      .set(...bearer(chief))
      .expect(200);
    expect(second.body).toMatchObject({ items: [{ decision: 'SUSPENDED' }], nextCursor: null });
    await t.http
      .get(`/api/agents/${dumortier}/firearm-decisions?cursor=forged`)
      .set(...bearer(chief))
      .expect(400);
  });

  it.each([
    ['an unknown decision', { date: TODAY, decision: 'REVOKED', reference: 'AP 1' }, 'decision'],
    ['no reference', { date: TODAY, decision: 'SUSPENDED' }, 'reference'],
    ['a blank reference', { date: TODAY, decision: 'SUSPENDED', reference: '   ' }, 'reference'],
    ['a date in the future', { date: '2026-06-16', decision: 'SUSPENDED', reference: 'AP 1' }, 'date'],
    ['an impossible date', { date: '2026-02-30', decision: 'SUSPENDED', reference: 'AP 1' }, 'date'],
    [
      'a note too long',
      { date: TODAY, decision: 'SUSPENDED', reference: 'AP 1', note: 'x'.repeat(501) },
      'note',
    ],
  ])('refuses %s with a French 400, writing nothing', async (_, body, field) => {
    const roussel = await agentId('Roussel');
    const response = await decide(roussel, body).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(response.body.detail).toMatch(/^Données invalides/);
    expect(await decisionsOf(roussel)).toBe(0);
  });

  it('refuses a decision for an agent without a firearm permit (422 FIREARM_PERMIT_MISSING)', async () => {
    const dupont = await agentId('Dupont');
    const response = await decide(dupont, { date: TODAY, decision: 'SUSPENDED', reference: 'AP 1' }).expect(
      422,
    );
    expect(response.body).toMatchObject({ code: 'RULE_VIOLATION', reason: 'FIREARM_PERMIT_MISSING' });
    expect(response.body.detail).toContain('port d’arme');
    expect(await decisionsOf(dupont)).toBe(0);
  });

  it('lets only the chief record a decision, and not the agents read them', async () => {
    const roussel = await agentId('Roussel');
    const body = { date: TODAY, decision: 'SUSPENDED', reference: 'AP 1' };
    for (const login of ['agent', 'superviseur', 'rh'] as const) {
      await decide(roussel, body, await t.tokenOf(login)).expect(403);
    }
    await t.http
      .get(`/api/agents/${roussel}/firearm-decisions`)
      .set(...bearer(await t.tokenOf('agent')))
      .expect(403);
    await t.http
      .get(`/api/agents/${roussel}/firearm-decisions`)
      .set(...bearer(await t.tokenOf('rh')))
      .expect(200, { items: [], nextCursor: null });
    expect(await decisionsOf(roussel)).toBe(0);
  });

  it('answers 404 for an unknown agent', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await decide(unknown, { date: TODAY, decision: 'SUSPENDED', reference: 'AP 1' }).expect(404);
    await t.http
      .get(`/api/agents/${unknown}/firearm-decisions`)
      .set(...bearer(chief))
      .expect(404);
  });
});
