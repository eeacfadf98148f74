import { CycleResponse, CycleRolloutResponse, ShiftTypeResponse } from '@vigie/shared';

import { AuditEvent } from '../../src/common/audit/audit-event.entity';
import { Agent } from '../../src/modules/agents/agent.entity';
import { Assignment } from '../../src/modules/planning/assignment.entity';
import { WorkCycle } from '../../src/modules/planning/cycles/work-cycle.entity';
import { Shift } from '../../src/modules/planning/shift.entity';
import { agentIdOf, signedInApp } from '../support/signed-in-app';
import { bearer, TestApp } from '../support/test-app';

/** A Monday; the demo publishes this week and drafts the next. The cycles run further ahead. */
const TODAY = '2026-06-15';

describe('work cycles', () => {
  let t: TestApp;
  let chief: string;
  let types: Record<string, ShiftTypeResponse>;

  beforeAll(async () => {
    ({ t, chief, types } = await signedInApp({ today: TODAY }));
  });
  afterAll(() => t.close());

  const agentId = (lastName: string): Promise<string> => agentIdOf(t, lastName);
  const cycleCount = (): Promise<number> => t.dataSource.getRepository(WorkCycle).count();
  const assignmentCount = (): Promise<number> => t.dataSource.getRepository(Assignment).count();

  async function createCycle(body: Record<string, unknown>): Promise<CycleResponse> {
    const response = await t.http
      .post('/api/cycles')
      .set(...bearer(chief))
      .send(body);
    if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response.body as CycleResponse;
  }

  const rollout = (id: string, body: Record<string, unknown>, token = chief) =>
    t.http
      .post(`/api/cycles/${id}/rollout`)
      .set(...bearer(token))
      .send(body);

  it('creates a cycle with its hours a week, lists it in pages and edits it with its version', async () => {
    const { MATIN: m, APREM: a } = types;
    const created = await createCycle({
      name: 'Semaine A / semaine B',
      startDate: '2026-09-07',
      days: [m.id, m.id, m.id, m.id, m.id, null, null, a.id, a.id, a.id, a.id, null, a.id, null],
      agentIds: [await agentId('Dubois')],
    });
    // 10 shifts of 8 h over 14 days.
    expect(created).toMatchObject({
      name: 'Semaine A / semaine B',
      hoursPerWeek: 40,
      brigade: null,
      version: 1,
    });
    await createCycle({
      name: 'Brigade de nuit',
      startDate: '2026-09-07',
      days: [types.NUIT.id, null],
      brigade: 'Nuit',
    });

    const first = await t.http
      .get('/api/cycles?limit=1')
      .set(...bearer(chief))
      .expect(200);
    expect(first.body.items.map((c: CycleResponse) => c.name)).toEqual(['Brigade de nuit']);
    const second = await t.http
      .get(`/api/cycles?limit=1&cursor=${first.body.nextCursor}`)
      .set(...bearer(chief))
      .expect(200);
    expect(second.body.items.map((c: CycleResponse) => c.name)).toEqual(['Semaine A / semaine B']);

    const edited = await t.http
      .patch(`/api/cycles/${created.id}`)
      .set(...bearer(await t.tokenOf('superviseur')))
      .send({ version: 1, brigade: 'Jour B', startDate: '2026-09-14' })
      .expect(200);
    expect(edited.body).toMatchObject({
      brigade: 'Jour B',
      agentIds: [],
      startDate: '2026-09-14',
      version: 2,
    });
    const stale = await t.http
      .patch(`/api/cycles/${created.id}`)
      .set(...bearer(chief))
      .send({ version: 1, name: 'Autre nom' })
      .expect(409);
    expect(stale.body.detail).toContain('modifié entre-temps');
  });

  it('refuses bad input in French and writes nothing', async () => {
    const before = await cycleCount();
    const valid = {
      name: 'Cycle valide',
      startDate: '2026-09-07',
      days: [types.MATIN.id, null],
      brigade: 'Jour A',
    };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...valid, days: [] }, 400, 'days'],
      [{ ...valid, days: ['pas-un-id', null] }, 400, 'days'],
      [{ ...valid, startDate: '2026-02-30' }, 400, 'startDate'],
      [{ ...valid, brigade: undefined }, 400, 'brigade'],
      [{ ...valid, agentIds: [await agentId('Dubois')] }, 400, 'agentIds'],
      [{ ...valid, colour: 'rouge' }, 400, 'colour'],
      [{ ...valid, days: [types.MATIN.id, '00000000-0000-4000-8000-000000000000'] }, 422, 'days.1'],
      [{ ...valid, brigade: undefined, agentIds: ['00000000-0000-4000-8000-000000000000'] }, 422, 'agentIds'],
    ];
    for (const [body, status, field] of cases) {
      const response = await t.http
        .post('/api/cycles')
        .set(...bearer(chief))
        .send(body)
        .expect(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    await createCycle(valid);
    const duplicate = await t.http
      .post('/api/cycles')
      .set(...bearer(chief))
      .send(valid)
      .expect(409);
    expect(duplicate.body.detail).toBe('Un cycle porte déjà ce nom.');
    expect(await cycleCount()).toBe(before + 1);
  });

  it('names its refusals with the codes the other routes use: an unknown reference, a reversed or too long period', async () => {
    const unknownType = await t.http
      .post('/api/cycles')
      .set(...bearer(chief))
      .send({
        name: 'Cycle inconnu',
        startDate: '2026-09-07',
        days: ['00000000-0000-4000-8000-000000000000'],
        brigade: 'Jour A',
      })
      .expect(422);
    expect(unknownType.body).toMatchObject({ code: 'RULE_VIOLATION', reason: 'UNKNOWN_REFERENCE' });
    const cycle = await createCycle({
      name: 'Cycle des codes',
      startDate: '2026-09-07',
      days: [types.STAT.id],
      agentIds: [await agentId('Petit')],
    });
    const reversed = await rollout(cycle.id, { from: '2026-09-10', to: '2026-09-01' }).expect(400);
    expect(reversed.body).toMatchObject({ code: 'VALIDATION', reason: 'PERIOD_REVERSED' });
    const tooLong = await rollout(cycle.id, { from: '2026-09-01', to: '2027-03-01' }).expect(400);
    expect(tooLong.body).toMatchObject({ code: 'VALIDATION', reason: 'PERIOD_TOO_LONG' });
  });

  it('names the refusal of a roll-out for a brigade nobody serves in, and writes nothing', async () => {
    const cycle = await createCycle({
      name: 'Cycle sans brigade',
      startDate: '2026-09-07',
      days: [types.STAT.id],
      agentIds: [await agentId('Petit')],
    });
    const before = await assignmentCount();
    const empty = await rollout(cycle.id, {
      from: '2026-09-01',
      to: '2026-09-02',
      brigade: 'Personne',
    }).expect(422);
    expect(empty.body).toMatchObject({ code: 'RULE_VIOLATION', reason: 'CYCLE_BRIGADE_EMPTY' });
    expect(empty.body.detail).toContain('Personne');
    expect(await assignmentCount()).toBe(before);
  });

  it('lets only the chief and the supervisor see and change cycles', async () => {
    const cycle = await createCycle({
      name: 'Cycle réservé',
      startDate: '2026-09-07',
      days: [types.STAT.id],
      agentIds: [await agentId('Petit')],
    });
    for (const login of ['agent', 'rh'] as const) {
      const token = await t.tokenOf(login);
      await t.http
        .get('/api/cycles')
        .set(...bearer(token))
        .expect(403);
      await t.http
        .post('/api/cycles')
        .set(...bearer(token))
        .send({ name: 'x' })
        .expect(403);
      await t.http
        .patch(`/api/cycles/${cycle.id}`)
        .set(...bearer(token))
        .send({ version: 1 })
        .expect(403);
      await rollout(cycle.id, { from: '2026-09-07', to: '2026-09-07' }, token).expect(403);
    }
    await t.http.get('/api/cycles').expect(401);
  });

  it('refuses a roll-out longer than six months or backwards, and an unknown cycle, writing nothing', async () => {
    const cycle = await createCycle({
      name: 'Cycle court',
      startDate: '2026-09-07',
      days: [types.STAT.id],
      agentIds: [await agentId('Petit')],
    });
    const before = await assignmentCount();
    const tooLong = await rollout(cycle.id, { from: '2026-09-01', to: '2027-03-01' }).expect(400);
    expect(tooLong.body.errors).toEqual([
      { field: 'to', message: 'un cycle se met en place sur 6 mois au plus' },
    ]);
    await rollout(cycle.id, { from: '2026-09-10', to: '2026-09-01' }).expect(400);
    await rollout(cycle.id, { from: '2026-09-01', to: '2026-09-02', agentIds: [], brigade: 'Nuit' }).expect(
      400,
    );
    await rollout(cycle.id, { from: '2026-09-01', to: '2026-09-02', brigade: 'Personne' }).expect(422);
    await rollout('00000000-0000-4000-8000-000000000000', { from: '2026-09-01', to: '2026-09-02' }).expect(
      404,
    );
    expect(await assignmentCount()).toBe(before);
  });

  it('rolls a brigade’s cycle out over a month, reports what it could not place, and is idempotent', async () => {
    const { MATIN: m, APREM: a, NUIT: n } = types;
    // « 2 matins, 2 après-midi, 2 nuits, 4 repos ».
    const cycle = await createCycle({
      name: '2 matins, 2 après-midi, 2 nuits, 4 repos',
      startDate: '2026-10-01',
      days: [m.id, m.id, a.id, a.id, n.id, n.id, null, null, null, null],
      brigade: 'Jour A',
    });
    const members = await t.dataSource.getRepository(Agent).findBy({ brigade: 'Jour A' });
    const before = await assignmentCount();

    const first = await rollout(cycle.id, { from: '2026-10-01', to: '2026-10-31' }).expect(200);
    const report = first.body as CycleRolloutResponse;
    // Days 1–10, 11–20, 21–30: 6 working days each, and the 31st is day 1 again.
    expect(report.created + report.skipped.length).toBe(19 * members.length);
    expect(report.created).toBeGreaterThan(0);
    expect(await assignmentCount()).toBe(before + report.created);
    for (const skip of report.skipped) {
      const dd = skip.date.slice(8, 10);
      expect(skip.violations.length).toBeGreaterThan(0);
      for (const violation of skip.violations)
        expect(violation.message).toContain(skip.agentName.split(' ')[1]);
      expect(skip.violations.some((violation) => violation.message.includes(dd))).toBe(true);
    }
    // Each placed day is on a shift of the cycle's type, starting that day in Paris.
    const placed = await t.dataSource
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoinAndMapOne('a.shift', Shift, 's', 's.id = a.shift_id')
      .where('a.agent_id IN (:...ids)', { ids: members.map((member) => member.id) })
      .andWhere(`s.starts_at >= '2026-10-01T00:00:00+02:00' AND s.starts_at < '2026-11-01T00:00:00+01:00'`)
      .getMany();
    expect(placed).toHaveLength(report.created);

    const second = await rollout(cycle.id, { from: '2026-10-01', to: '2026-10-31' }).expect(200);
    expect(second.body).toMatchObject({ created: 0, shiftsCreated: 0, alreadyPresent: report.created });
    expect(second.body.skipped).toEqual(report.skipped);
    expect(await assignmentCount()).toBe(before + report.created);
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ entity: 'work_cycle', action: 'ROLLOUT' });
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses the day a cycle breaks the 11-hour daily rest, naming the day', async () => {
    // A night 21:00–05:00 followed by a morning at 06:00: one hour of rest. Types of its own,
    // with no qualification required, so that the rest is the only rule at stake.
    const typeOf = async (code: string, startTime: string, endTime: string): Promise<string> =>
      (
        await t.http
          .post('/api/shift-types')
          .set(...bearer(chief))
          .send({ code, label: `Essai ${code}`, startTime, endTime, minAgents: 1 })
          .expect(201)
      ).body.id as string;
    const night = await typeOf('ESSAI_NUIT', '21:00', '05:00');
    const morning = await typeOf('ESSAI_MATIN', '06:00', '14:00');
    const haddad = await agentId('Haddad');
    const cycle = await createCycle({
      name: 'Nuit puis matin',
      startDate: '2026-11-02',
      days: [night, morning, null, null, null, null, null],
      agentIds: [haddad],
    });
    const response = await rollout(cycle.id, { from: '2026-11-02', to: '2026-11-03' }).expect(200);
    expect(response.body.created).toBe(1);
    expect(response.body.skipped).toEqual([
      {
        date: '2026-11-03',
        agentId: haddad,
        agentName: 'Yasmine Haddad',
        shiftTypeId: morning,
        violations: [
          {
            rule: 'DAILY_REST',
            message: 'Repos de 1 h entre le 03/11 05:00 et le 03/11 06:00 : 11 h minimum (Yasmine Haddad)',
          },
        ],
      },
    ]);
  });

  it('skips an absent agent’s days and the published days, with the reason', async () => {
    const lambert = await agentId('Lambert');
    await t.http
      .post('/api/absences')
      .set(...bearer(chief))
      .send({
        agentId: lambert,
        kind: 'ANNUAL_LEAVE',
        startsAt: '2026-11-10T00:00:00+01:00',
        endsAt: '2026-11-11T00:00:00+01:00',
      })
      .expect(201);
    const cycle = await createCycle({
      name: 'Stationnement en semaine',
      startDate: '2026-06-15',
      days: [types.STAT.id, types.STAT.id, types.STAT.id, types.STAT.id, types.STAT.id, null, null],
      agentIds: [lambert],
    });
    const absent = await rollout(cycle.id, { from: '2026-11-09', to: '2026-11-10' }).expect(200);
    expect(absent.body.created).toBe(1);
    expect(absent.body.skipped).toEqual([
      expect.objectContaining({
        date: '2026-11-10',
        violations: [expect.objectContaining({ rule: 'ABSENCE' })],
      }),
    ]);
    expect(absent.body.skipped[0].violations[0].message).toContain('Lambert');

    // The demo's current week (15–21 June) is published.
    const published = await rollout(cycle.id, { from: '2026-06-18', to: '2026-06-19' }).expect(200);
    expect(published.body.created).toBe(0);
    expect(published.body.skipped).toEqual([
      expect.objectContaining({
        date: '2026-06-18',
        violations: [
          {
            rule: 'PUBLISHED_PERIOD',
            message: 'Le 18/06/2026 est publié : un cycle ne modifie pas une période publiée (Inès Lambert)',
          },
        ],
      }),
      expect.objectContaining({ date: '2026-06-19' }),
    ]);
  });
  it('ships a demo cycle for the parking brigade that rolls out lawfully', async () => {
    const list = await t.http
      .get('/api/cycles?limit=200')
      .set(...bearer(chief))
      .expect(200);
    const demo = (list.body.items as CycleResponse[]).find(
      (cycle) => cycle.name === 'Stationnement — semaine A / semaine B',
    )!;
    expect(demo).toMatchObject({ brigade: 'Stationnement', startDate: TODAY, hoursPerWeek: 40 });
    // Three months from the third week on (the demo's own two weeks are planned already).
    const report = await rollout(demo.id, { from: '2026-07-06', to: '2026-10-04' }).expect(200);
    expect(report.body.skipped).toEqual([]);
    // 13 weeks, 5 days each, for the 3 ASVP.
    expect(report.body.created).toBe(13 * 5 * 3);
  });
  describe('copying a week', () => {
    const copy = (body: Record<string, unknown>) =>
      t.http
        .post('/api/roster/copy-week')
        .set(...bearer(chief))
        .send(body);

    it('copies the demo’s draft week onto a later one through the rules, reporting its rest break, and only once', async () => {
      const before = await assignmentCount();
      // The demo's draft week (22–28 June) has a night followed by a morning: a broken rest.
      const first = await copy({ source: '2026-06-22', targets: ['2026-07-13'] }).expect(200);
      const report = first.body as CycleRolloutResponse;
      expect(report.created).toBeGreaterThan(20);
      expect(report.skipped).toContainEqual(
        expect.objectContaining({
          date: '2026-07-15',
          violations: [
            expect.objectContaining({ rule: 'DAILY_REST', message: expect.stringContaining('15/07') }),
          ],
        }),
      );
      expect(await assignmentCount()).toBe(before + report.created);

      const again = await copy({ source: '2026-06-22', targets: ['2026-07-13'] }).expect(200);
      // The parking days the demo cycle placed earlier in this file were already there the first time.
      expect(again.body).toMatchObject({
        created: 0,
        alreadyPresent: report.alreadyPresent + report.created,
      });
      // The same days stay out (their reasons may add up: the rest of the week is in place now).
      const days = (skipped: CycleRolloutResponse['skipped']) =>
        skipped.map((skip) => `${skip.date} ${skip.agentId}`);
      expect(days(again.body.skipped)).toEqual(days(report.skipped));
      expect(await assignmentCount()).toBe(before + report.created);
    });

    it('never writes into a published week and refuses days that are not Mondays, writing nothing', async () => {
      const before = await assignmentCount();
      const published = await copy({ source: '2026-06-22', targets: ['2026-06-15'] }).expect(200);
      expect(published.body.created).toBe(0);
      expect(published.body.skipped.length).toBeGreaterThan(0);
      for (const skip of published.body.skipped as CycleRolloutResponse['skipped']) {
        expect(skip.violations[0].rule).toBe('PUBLISHED_PERIOD');
        expect(skip.violations[0].message).toContain(
          'une copie de semaine ne modifie pas une période publiée',
        );
      }
      const invalid = await copy({ source: '2026-06-23', targets: ['2026-06-22', '2026-07-20'] }).expect(400);
      expect(invalid.body.errors).toEqual([{ field: 'source', message: 'doit être un lundi' }]);
      const self = await copy({ source: '2026-06-22', targets: ['2026-06-22'] }).expect(400);
      expect(self.body.errors).toEqual([
        { field: 'targets.0', message: 'ne peut pas être la semaine copiée' },
      ]);
      await copy({ source: '2026-06-22', targets: [] }).expect(400);
      expect(await assignmentCount()).toBe(before);
      await t.http
        .post('/api/roster/copy-week')
        .set(...bearer(await t.tokenOf('agent')))
        .send({ source: '2026-06-22', targets: ['2026-07-20'] })
        .expect(403);
    });
  });
});
