import { RosterChangeResponse, ShiftResponse, ShiftTypeResponse } from '@vigie/shared';

import { Assignment } from '../../src/modules/planning/assignment.entity';
import { RosterChange } from '../../src/modules/planning/roster-change.entity';
import { Shift } from '../../src/modules/planning/shift.entity';
import { agentIdOf, signedInApp } from '../support/signed-in-app';
import { bearer, TestApp } from '../support/test-app';

/** A Monday; the demo publishes this week and drafts the next. The events here are further ahead. */
const TODAY = '2026-06-15';

/** Event shifts from the planning page: moving or deleting one agents are on asks, then tells them. */
describe('event shifts: created, moved and deleted, the agents on them told', () => {
  let t: TestApp;
  let chief: string;
  let market: ShiftTypeResponse;
  let julien: string;

  beforeAll(async () => {
    let types: Record<string, ShiftTypeResponse>;
    ({ t, chief, types } = await signedInApp({ today: TODAY }));
    market = types.MARCHE;
    julien = (
      await t.http
        .get('/api/auth/me')
        .set(...bearer(await t.tokenOf('agent')))
        .expect(200)
    ).body.agentId as string;
  });
  afterAll(() => t.close());

  const agentId = (lastName: string): Promise<string> => agentIdOf(t, lastName);

  async function event(
    startsAt: string,
    endsAt: string,
    label = 'Fête de la Musique',
  ): Promise<ShiftResponse> {
    return (
      await t.http
        .post('/api/shifts')
        .set(...bearer(chief))
        .send({ shiftTypeId: market.id, startsAt, endsAt, label, minAgents: 1 })
        .expect(201)
    ).body as ShiftResponse;
  }

  async function staff(shift: ShiftResponse, ...agents: string[]): Promise<ShiftResponse> {
    let answer = shift;
    for (const agent of agents) {
      answer = (
        await t.http
          .put(`/api/shifts/${shift.id}/assignments/${agent}`)
          .set(...bearer(chief))
          .expect(200)
      ).body as ShiftResponse;
    }
    return answer;
  }

  async function changesOfJulien(): Promise<RosterChangeResponse[]> {
    return (
      await t.http
        .get('/api/me/roster-changes')
        .set(...bearer(await t.tokenOf('agent')))
        .expect(200)
    ).body.items as RosterChangeResponse[];
  }

  const changeCount = () => t.dataSource.getRepository(RosterChange).count();

  it('creates and edits an event shift with its own label and needs, no confirmation while no one is on it', async () => {
    const created = await event('2026-07-04T18:00:00+02:00', '2026-07-05T01:00:00+02:00');
    expect(created).toMatchObject({ label: 'Fête de la Musique', minAgents: 1, typeCode: 'MARCHE' });
    const edited = await t.http
      .patch(`/api/shifts/${created.id}`)
      .set(...bearer(await t.tokenOf('superviseur')))
      .send({
        startsAt: '2026-07-04T19:00:00+02:00',
        endsAt: '2026-07-05T02:00:00+02:00',
        label: 'Fête de la Musique — place du Bourg',
        minAgents: 3,
        requirements: [{ kind: 'FIREARM', count: 2 }],
        version: created.version,
      })
      .expect(200);
    expect(edited.body).toMatchObject({
      label: 'Fête de la Musique — place du Bourg',
      startsAt: '2026-07-04T17:00:00.000Z',
      endsAt: '2026-07-05T00:00:00.000Z',
      minAgents: 3,
      requirements: [{ kind: 'FIREARM', count: 2 }],
    });
    await t.http
      .delete(`/api/shifts/${created.id}`)
      .set(...bearer(chief))
      .expect(204);
  });

  it('asks before moving a shift agents are on, naming them, and writes nothing until confirmed', async () => {
    const lambert = await agentId('Lambert');
    const shift = await staff(
      await event('2026-07-11T18:00:00+02:00', '2026-07-11T23:00:00+02:00', 'Bal du 14 juillet'),
      julien,
      lambert,
    );
    const changes = await changeCount();
    const move = {
      startsAt: '2026-07-11T19:00:00+02:00',
      endsAt: '2026-07-12T00:00:00+02:00',
      version: shift.version,
    };
    const refused = await t.http
      .patch(`/api/shifts/${shift.id}`)
      .set(...bearer(chief))
      .send(move)
      .expect(409);
    expect(refused.body).toMatchObject({
      type: 'urn:vigie:problem:conflict',
      code: 'CONFLICT',
      reason: 'SHIFT_HAS_AGENTS',
    });
    expect(refused.body.detail).toMatch(
      /^2 agents sont affectés à ce créneau \(.+ et .+\) : confirmez le changement d’horaires/,
    );
    expect(refused.body.detail).toContain('Julien Lefebvre');
    expect(refused.body.violations.map((v: { agentId: string }) => v.agentId).sort()).toEqual(
      [julien, lambert].sort(),
    );
    const kept = await t.dataSource.getRepository(Shift).findOneByOrFail({ id: shift.id });
    expect(kept.startsAt.toISOString()).toBe('2026-07-11T16:00:00.000Z');
    expect(await changeCount()).toBe(changes);

    const moved = await t.http
      .patch(`/api/shifts/${shift.id}?confirm=true`)
      .set(...bearer(chief))
      .send(move)
      .expect(200);
    expect(moved.body.assignments).toHaveLength(2);
    // Told though the week is not published: he may have been told of the event already.
    const [told] = await changesOfJulien();
    expect(told).toMatchObject({ action: 'SHIFT_MOVED', by: 'chef', read: false });
    expect(told.summary).toBe(
      'Bal du 14 juillet du 11/07/2026 18:00–23:00 déplacé au 11/07/2026 19:00–00:00',
    );
    expect(await changeCount()).toBe(changes + 2);
  });

  it('changes the label or the needs of a staffed shift without asking or telling anyone', async () => {
    const shift = await staff(await event('2026-07-18T18:00:00+02:00', '2026-07-18T23:00:00+02:00'), julien);
    const changes = await changeCount();
    await t.http
      .patch(`/api/shifts/${shift.id}`)
      .set(...bearer(chief))
      .send({
        label: 'Cinéma en plein air',
        minAgents: 2,
        startsAt: '2026-07-18T18:00:00+02:00',
        version: shift.version,
      })
      .expect(200);
    expect(await changeCount()).toBe(changes);
  });

  it('refuses a confirmed move that breaks a rule for an agent on the shift, naming the rule, writing nothing', async () => {
    const petit = await agentId('Petit');
    const morning = await t.http
      .post('/api/shifts')
      .set(...bearer(chief))
      .send({
        shiftTypeId: market.id,
        startsAt: '2026-07-26T07:00:00+02:00',
        endsAt: '2026-07-26T13:00:00+02:00',
      })
      .expect(201);
    await staff(morning.body as ShiftResponse, petit);
    const shift = await staff(
      await event('2026-07-25T14:00:00+02:00', '2026-07-25T20:00:00+02:00', 'Braderie'),
      petit,
    );
    const changes = await changeCount();
    const refused = await t.http
      .patch(`/api/shifts/${shift.id}?confirm=true`)
      .set(...bearer(chief))
      .send({
        startsAt: '2026-07-25T20:00:00+02:00',
        endsAt: '2026-07-26T02:00:00+02:00',
        version: shift.version,
      })
      .expect(422);
    expect(refused.body).toMatchObject({
      reason: 'REST_TOO_SHORT',
      violations: [{ rule: 'DAILY_REST', agentId: petit }],
    });
    const kept = await t.dataSource.getRepository(Shift).findOneByOrFail({ id: shift.id });
    expect(kept.startsAt.toISOString()).toBe('2026-07-25T12:00:00.000Z');
    expect(await changeCount()).toBe(changes);
  });

  it('deletes a staffed shift of a published week once confirmed, and tells the agents it is cancelled', async () => {
    const shift = await staff(
      await event('2026-09-12T18:00:00+02:00', '2026-09-12T23:00:00+02:00', 'Tour de France'),
      julien,
    );
    await t.http
      .post('/api/roster/publish')
      .set(...bearer(chief))
      .send({ from: '2026-09-07', to: '2026-09-13' })
      .expect(200);
    const changes = await changeCount();
    const refused = await t.http
      .delete(`/api/shifts/${shift.id}`)
      .set(...bearer(await t.tokenOf('superviseur')))
      .expect(409);
    expect(refused.body).toMatchObject({
      reason: 'SHIFT_HAS_AGENTS',
      detail:
        '1 agent est affecté à ce créneau (Julien Lefebvre) : confirmez la suppression ; ' +
        'il en sera prévenu dans « Mon planning ».',
      violations: [{ rule: 'SHIFT_HAS_AGENTS', agentId: julien, shiftId: shift.id }],
    });
    expect(await t.dataSource.getRepository(Shift).existsBy({ id: shift.id })).toBe(true);
    expect(await changeCount()).toBe(changes);

    await t.http
      .delete(`/api/shifts/${shift.id}?confirm=true`)
      .set(...bearer(await t.tokenOf('superviseur')))
      .expect(204);
    expect(await t.dataSource.getRepository(Shift).existsBy({ id: shift.id })).toBe(false);
    expect(await t.dataSource.getRepository(Assignment).existsBy({ shiftId: shift.id })).toBe(false);
    const [told] = await changesOfJulien();
    expect(told).toMatchObject({
      action: 'SHIFT_CANCELLED',
      by: 'superviseur',
      summary: 'Tour de France du 12/09/2026 18:00–23:00 annulé',
    });
  });

  it('deletes an empty shift without asking and tells no one', async () => {
    const shift = await event('2026-08-01T18:00:00+02:00', '2026-08-01T23:00:00+02:00', 'Cérémonie');
    const changes = await changeCount();
    await t.http
      .delete(`/api/shifts/${shift.id}`)
      .set(...bearer(chief))
      .expect(204);
    expect(await changeCount()).toBe(changes);
  });

  describe('bad input and the wrong roles write nothing', () => {
    let shift: ShiftResponse;
    beforeAll(async () => {
      shift = await staff(
        await event('2026-08-08T18:00:00+02:00', '2026-08-08T23:00:00+02:00', 'Marché de nuit'),
        julien,
      );
    });

    async function unchanged(): Promise<void> {
      const row = await t.dataSource.getRepository(Shift).findOneByOrFail({ id: shift.id });
      expect({ startsAt: row.startsAt.toISOString(), label: row.label, version: row.version }).toEqual({
        startsAt: '2026-08-08T16:00:00.000Z',
        label: 'Marché de nuit',
        version: shift.version,
      });
      expect(await t.dataSource.getRepository(Assignment).countBy({ shiftId: shift.id })).toBe(1);
    }

    it.each([
      ['an end before the start', { endsAt: '2026-08-08T17:00:00+02:00' }, 'endsAt'],
      ['a shift over 24 h', { endsAt: '2026-08-10T17:00:00+02:00' }, 'endsAt'],
      ['a time that is no instant', { startsAt: '08/08/2026 18:00' }, 'startsAt'],
      ['a one-letter label', { label: 'F' }, 'label'],
      ['a field it does not know', { colour: '#ff0000' }, 'colour'],
    ])('refuses %s (400) even confirmed', async (_what, change, field) => {
      const response = await t.http
        .patch(`/api/shifts/${shift.id}?confirm=true`)
        .set(...bearer(chief))
        .send({ version: shift.version, ...change })
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      await unchanged();
    });

    it('refuses a confirmation that is not true or false (400)', async () => {
      const response = await t.http
        .delete(`/api/shifts/${shift.id}?confirm=oui`)
        .set(...bearer(chief))
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('confirm');
      await t.http
        .delete(`/api/shifts/${shift.id}?confirm=false`)
        .set(...bearer(chief))
        .expect(409);
      await unchanged();
    });

    it.each(['agent', 'rh'] as const)(
      'refuses %s creating, moving or deleting shifts (403)',
      async (login) => {
        const token = await t.tokenOf(login);
        const before = await t.dataSource.getRepository(Shift).count();
        await t.http
          .post('/api/shifts')
          .set(...bearer(token))
          .send({
            shiftTypeId: market.id,
            startsAt: '2026-08-09T18:00:00+02:00',
            endsAt: '2026-08-09T23:00:00+02:00',
            label: 'Fête de la Musique',
          })
          .expect(403);
        await t.http
          .patch(`/api/shifts/${shift.id}?confirm=true`)
          .set(...bearer(token))
          .send({ startsAt: '2026-08-08T19:00:00+02:00', version: shift.version })
          .expect(403);
        await t.http
          .delete(`/api/shifts/${shift.id}?confirm=true`)
          .set(...bearer(token))
          .expect(403);
        expect(await t.dataSource.getRepository(Shift).count()).toBe(before);
        await unchanged();
      },
    );
  });
});
