import { ShiftResponse, ShiftTypeResponse } from '@vigie/shared';

import { Assignment } from '../../src/modules/planning/assignment.entity';
import { agentIdOf, signedInApp } from '../support/signed-in-app';
import { bearer, TestApp } from '../support/test-app';

/** A Monday; the demo seeds this week (published) and the next (draft). We work further ahead. */
const TODAY = '2026-06-15';

describe('assignments under the working-time rules', () => {
  let t: TestApp;
  let chief: string;
  let types: Record<string, ShiftTypeResponse>;

  beforeAll(async () => {
    ({ t, chief, types } = await signedInApp({ today: TODAY }));
  });
  afterAll(() => t.close());

  const agentId = (lastName: string): Promise<string> => agentIdOf(t, lastName);

  async function shift(
    code: string,
    startsAt: string,
    endsAt: string,
    extra: Record<string, unknown> = {},
  ): Promise<ShiftResponse> {
    const response = await t.http
      .post('/api/shifts')
      .set(...bearer(chief))
      .send({ shiftTypeId: types[code].id, startsAt, endsAt, ...extra })
      .expect(201);
    return response.body as ShiftResponse;
  }

  const assign = (shiftId: string, agent: string) =>
    t.http.put(`/api/shifts/${shiftId}/assignments/${agent}`).set(...bearer(chief));

  it('assigns an agent and answers the shift with its coverage', async () => {
    const night = await shift('NUIT', '2026-07-06T21:00:00+02:00', '2026-07-07T05:00:00+02:00');
    const first = await assign(night.id, await agentId('Benali')).expect(200);
    expect(first.body.coverage).toMatchObject({ covered: false, assigned: 1 });
    const second = await assign(night.id, await agentId('Martin')).expect(200);
    expect(second.body.coverage).toEqual({ covered: true, assigned: 2, missing: [] });
    expect(second.body.assignments.map((a: { agentName: string }) => a.agentName)).toEqual([
      'Élodie Martin',
      'Karim Benali',
    ]);
    // Idempotent.
    await assign(night.id, await agentId('Martin')).expect(200);
  });

  it('refuses a morning too soon after a night with 422 and the rest rule in French, writing nothing', async () => {
    const night = await shift('NUIT', '2026-07-08T21:00:00+02:00', '2026-07-09T05:00:00+02:00');
    const morning = await shift('MATIN', '2026-07-09T13:00:00+02:00', '2026-07-09T21:00:00+02:00');
    const haddad = await agentId('Haddad');
    await assign(night.id, haddad).expect(200);
    const refused = await assign(morning.id, haddad).expect(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.violations).toEqual([
      expect.objectContaining({
        rule: 'DAILY_REST',
        agentId: haddad,
        message: 'Repos de 8 h entre le 09/07 05:00 et le 09/07 13:00 : 11 h minimum (Yasmine Haddad)',
      }),
    ]);
    expect(await t.dataSource.getRepository(Assignment).countBy({ shiftId: morning.id })).toBe(0);
  });

  it('accepts exactly 11 hours of rest', async () => {
    const night = await shift('NUIT', '2026-07-13T21:00:00+02:00', '2026-07-14T05:00:00+02:00');
    const afternoon = await shift('APREM', '2026-07-14T16:00:00+02:00', '2026-07-14T23:00:00+02:00');
    const lefebvre = await agentId('Lefebvre');
    await assign(night.id, lefebvre).expect(200);
    await assign(afternoon.id, lefebvre).expect(200);
  });

  it('refuses an overlapping shift with 409, and the database refuses it even behind the API’s back', async () => {
    const morning = await shift('MATIN', '2026-07-20T06:00:00+02:00', '2026-07-20T14:00:00+02:00');
    const market = await shift('MARCHE', '2026-07-20T07:00:00+02:00', '2026-07-20T13:00:00+02:00');
    const dubois = await agentId('Dubois');
    await assign(morning.id, dubois).expect(200);
    const conflict = await assign(market.id, dubois).expect(409);
    expect(conflict.body.violations[0]).toMatchObject({ rule: 'OVERLAP', agentId: dubois });
    await expect(
      t.dataSource.query('INSERT INTO assignment (shift_id, agent_id) VALUES ($1, $2)', [market.id, dubois]),
    ).rejects.toThrow(/ex_assignment_agent_overlap/);
  });

  it.each([
    ['a trainee on a shift that forbids trainees', 'NUIT', 'Fontaine', 'TRAINEE_NOT_ALLOWED'],
    [
      'an agent without the firearm permit on the armed night patrol',
      'NUIT',
      'Caron',
      'QUALIFICATION_MISSING',
    ],
    ['administrative staff on a patrol', 'MATIN', 'Dupont', 'CATEGORY_NOT_ALLOWED'],
    ['a departed agent', 'MATIN', 'Morel', 'AGENT_STATUS'],
  ])('refuses %s (422 %s)', async (_, code, lastName, rule) => {
    const starts =
      code === 'NUIT'
        ? ['2026-07-22T21:00:00+02:00', '2026-07-23T05:00:00+02:00']
        : ['2026-07-22T06:00:00+02:00', '2026-07-22T14:00:00+02:00'];
    // One unlabelled shift of a type per start: each case has its own.
    const target = await shift(code, starts[0], starts[1], { label: `Cas ${rule}` });
    const response = await assign(target.id, await agentId(lastName)).expect(422);
    expect(response.body.violations.map((v: { rule: string }) => v.rule)).toContain(rule);
  });

  it('refuses an assignment during an approved absence', async () => {
    const gerard = await agentId('Gérard');
    await t.http
      .post('/api/absences')
      .set(...bearer(chief))
      .send({
        agentId: gerard,
        kind: 'ANNUAL_LEAVE',
        startsAt: '2026-07-27T00:00:00+02:00',
        endsAt: '2026-08-01T00:00:00+02:00',
      })
      .expect(201);
    const parking = await shift('STAT', '2026-07-28T09:00:00+02:00', '2026-07-28T17:00:00+02:00');
    const refused = await assign(parking.id, gerard).expect(422);
    expect(refused.body.violations[0]).toMatchObject({ rule: 'ABSENCE' });
    expect(refused.body.violations[0].message).toMatch(/Hugo Gérard est en congé annuel du 27\/07 au 31\/07/);
  });

  it('lets only one of two simultaneous assignments that together break the 11 h rest succeed', async () => {
    const night = await shift('NUIT', '2026-08-03T21:00:00+02:00', '2026-08-04T05:00:00+02:00');
    const afternoon = await shift('APREM', '2026-08-04T13:00:00+02:00', '2026-08-04T21:00:00+02:00');
    const vandewalle = await agentId('Vandewalle');
    const results = await Promise.all([assign(night.id, vandewalle), assign(afternoon.id, vandewalle)]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 422]);
    expect(await t.dataSource.getRepository(Assignment).countBy({ agentId: vandewalle })).toBeGreaterThan(0);
  });

  it('keeps a week at 48 h at most when eight-hour shifts are assigned all at once', async () => {
    const mercier = await agentId('Mercier');
    // Seven days of 8 h afternoons (56 h) on the week of 10/08, plus a 9-hour event: fired together.
    const days = ['10', '11', '12', '13', '14', '15', '16'];
    const shifts = await Promise.all(
      days.map((day) => shift('APREM', `2026-08-${day}T13:00:00+02:00`, `2026-08-${day}T21:00:00+02:00`)),
    );
    const results = await Promise.all(shifts.map((s) => assign(s.id, mercier)));
    expect(results.every((result) => [200, 422].includes(result.status))).toBe(true);
    const [{ hours }] = await t.dataSource.query(
      `SELECT coalesce(sum(extract(epoch FROM ends_at - starts_at)) / 3600, 0)::float AS hours
         FROM assignment WHERE agent_id = $1 AND starts_at >= '2026-08-10T00:00:00+02:00' AND starts_at < '2026-08-17T00:00:00+02:00'`,
      [mercier],
    );
    expect(hours).toBeLessThanOrEqual(48);
    expect(hours).toBeGreaterThan(0);
  });

  it('lets only one of twenty simultaneous overlapping assignments of one agent succeed', async () => {
    const petit = await agentId('Petit');
    const shifts = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        shift(
          'STAT',
          `2026-08-20T09:${String(index).padStart(2, '0')}:00+02:00`,
          '2026-08-20T17:00:00+02:00',
        ),
      ),
    );
    const results = await Promise.all(shifts.map((s) => assign(s.id, petit)));
    expect(results.filter((result) => result.status === 200)).toHaveLength(1);
    expect(results.every((result) => [200, 409, 422].includes(result.status))).toBe(true);
  });

  it('unassigns (204) and answers 404 for what is not there', async () => {
    const parking = await shift('STAT', '2026-08-25T09:00:00+02:00', '2026-08-25T17:00:00+02:00');
    const lambert = await agentId('Lambert');
    await assign(parking.id, lambert).expect(200);
    await t.http
      .delete(`/api/shifts/${parking.id}/assignments/${lambert}`)
      .set(...bearer(chief))
      .expect(204);
    await t.http
      .delete(`/api/shifts/${parking.id}/assignments/${lambert}`)
      .set(...bearer(chief))
      .expect(404);
    await assign(parking.id, '00000000-0000-4000-8000-000000000000').expect(404);
    await assign('00000000-0000-4000-8000-000000000000', lambert).expect(404);
  });

  it('moves a shift with its assignments, and refuses a move that breaks a rule for an assigned agent', async () => {
    const morning = await shift('MATIN', '2026-09-01T06:00:00+02:00', '2026-09-01T14:00:00+02:00');
    const afternoon = await shift('APREM', '2026-09-02T13:00:00+02:00', '2026-09-02T21:00:00+02:00');
    const roussel = await agentId('Roussel');
    await assign(morning.id, roussel).expect(200);
    await assign(afternoon.id, roussel).expect(200);
    const moved = await t.http
      .patch(`/api/shifts/${morning.id}?confirm=true`)
      .set(...bearer(chief))
      .send({
        startsAt: '2026-09-01T07:00:00+02:00',
        endsAt: '2026-09-01T15:00:00+02:00',
        version: morning.version,
      })
      .expect(200);
    expect(moved.body.startsAt).toBe('2026-09-01T05:00:00.000Z');
    const [row] = await t.dataSource.query('SELECT starts_at FROM assignment WHERE shift_id = $1', [
      morning.id,
    ]);
    expect(new Date(row.starts_at).toISOString()).toBe('2026-09-01T05:00:00.000Z');
    const refused = await t.http
      .patch(`/api/shifts/${morning.id}`)
      .set(...bearer(chief))
      .send({
        startsAt: '2026-09-02T05:00:00+02:00',
        endsAt: '2026-09-02T12:00:00+02:00',
        version: moved.body.version,
      });
    expect(refused.status).toBe(422);
    expect(refused.body.violations.map((v: { rule: string }) => v.rule)).toEqual(
      expect.arrayContaining(['DAILY_WORK', 'DAY_SPAN']),
    );
  });

  it('names the refusal precisely: REST_TOO_SHORT, ASSIGNMENT_OVERLAP, the category staying type and code', async () => {
    const night = await shift('NUIT', '2026-07-15T21:00:00+02:00', '2026-07-16T05:00:00+02:00');
    const morning = await shift('MATIN', '2026-07-16T13:00:00+02:00', '2026-07-16T21:00:00+02:00');
    const market = await shift('MARCHE', '2026-07-15T22:00:00+02:00', '2026-07-16T04:00:00+02:00');
    const haddad = await agentId('Haddad');
    await assign(night.id, haddad).expect(200);
    const rest = await assign(morning.id, haddad).expect(422);
    expect(rest.body).toMatchObject({
      type: 'urn:vigie:problem:rule-violation',
      code: 'RULE_VIOLATION',
      reason: 'REST_TOO_SHORT',
      violations: [{ rule: 'DAILY_REST', agentId: haddad }],
    });
    const overlap = await assign(market.id, haddad).expect(409);
    expect(overlap.body).toMatchObject({
      type: 'urn:vigie:problem:conflict',
      code: 'CONFLICT',
      reason: 'ASSIGNMENT_OVERLAP',
      violations: [{ rule: 'OVERLAP', agentId: haddad }],
    });
  });

  it.each(['agent', 'rh'] as const)('refuses assignments to %s (403)', async (login) => {
    const parking = await shift('STAT', '2026-09-10T09:00:00+02:00', '2026-09-10T17:00:00+02:00', {
      label: `Stationnement (${login})`,
    });
    await t.http
      .put(`/api/shifts/${parking.id}/assignments/${await agentId('Petit')}`)
      .set(...bearer(await t.tokenOf(login)))
      .expect(403);
  });
});
