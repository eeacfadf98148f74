import { IncidentResponse, ShiftResponse } from '@vigie/shared';
import type { Response } from 'supertest';

import { Agent } from '../../src/modules/agents/agent.entity';
import { User } from '../../src/modules/auth/user.entity';
import { WorkCycle } from '../../src/modules/planning/cycles/work-cycle.entity';
import { Shift } from '../../src/modules/planning/shift.entity';
import { ShiftType } from '../../src/modules/planning/shift-type.entity';
import { ServiceQuartier } from '../../src/modules/services/service-quartier.entity';
import { Camera } from '../../src/modules/video/camera.entity';
import { liveOperations, Operation } from '../support/openapi';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const TODAY = '2026-06-15';

/** A versioned record behind each PATCH of the document, and the field two writers fight over. */
interface Race {
  entity:
    | typeof User
    | typeof Agent
    | typeof ShiftType
    | typeof Shift
    | typeof Camera
    | typeof WorkCycle
    | typeof ServiceQuartier;
  field: string;
  /** The record's key column, when it is not `id` (a quartier's is its code in the service). */
  key?: 'code';
  value: (writer: string) => string;
}

describe('lost updates and the rules under concurrent load', () => {
  let t: TestApp;
  let chief: string;
  let operations: Operation[];
  const targets: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ today: TODAY });
    chief = await t.tokenOf('chef');
    ({ operations } = await liveOperations(t.http));
    const user = await t.http
      .post('/api/users')
      .set(...bearer(chief))
      .send({
        login: 'dispute',
        displayName: 'Compte disputé',
        roles: ['HR'],
        password: 'mot-de-passe-solide',
      })
      .expect(201);
    targets['PATCH /api/users/{id}'] = (user.body as { id: string }).id;
    targets['PATCH /api/agents/{id}'] = (
      await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName: 'Haddad' })
    ).id;
    targets['PATCH /api/shift-types/{id}'] = (
      await t.dataSource.getRepository(ShiftType).findOneByOrFail({ code: 'MARCHE' })
    ).id;
    targets['PATCH /api/cycles/{id}'] = (await t.dataSource.getRepository(WorkCycle).find({ take: 1 }))[0].id;
    targets['PATCH /api/cameras/{id}'] = (await t.dataSource.getRepository(Camera).find({ take: 1 }))[0].id;
    targets['PATCH /api/territory/quartiers/{code}'] = 'MARAIS';
    const stat = await t.dataSource.getRepository(ShiftType).findOneByOrFail({ code: 'STAT' });
    targets['PATCH /api/shifts/{id}'] = (
      await shift(stat.id, '2026-10-01T09:00:00+02:00', '2026-10-01T17:00:00+02:00')
    ).id;
  });
  afterAll(() => t.close());

  const RACES: Record<string, Race> = {
    'PATCH /api/users/{id}': { entity: User, field: 'displayName', value: (w) => `Nom choisi par ${w}` },
    'PATCH /api/agents/{id}': { entity: Agent, field: 'brigade', value: (w) => `Brigade ${w}` },
    'PATCH /api/shift-types/{id}': { entity: ShiftType, field: 'label', value: (w) => `Marché ${w}` },
    'PATCH /api/shifts/{id}': { entity: Shift, field: 'label', value: (w) => `Renfort ${w}` },
    'PATCH /api/cameras/{id}': { entity: Camera, field: 'label', value: (w) => `Caméra ${w}` },
    'PATCH /api/cycles/{id}': { entity: WorkCycle, field: 'name', value: (w) => `Cycle ${w}` },
    'PATCH /api/territory/quartiers/{code}': {
      entity: ServiceQuartier,
      field: 'label',
      value: (w) => `Quartier ${w}`,
      key: 'code',
    },
  };

  async function shift(typeId: string, startsAt: string, endsAt: string): Promise<ShiftResponse> {
    const response = await t.http
      .post('/api/shifts')
      .set(...bearer(chief))
      .send({ shiftTypeId: typeId, startsAt, endsAt });
    if (response.status !== 201)
      throw new Error(`shift: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as ShiftResponse;
  }

  it('has a race for every PATCH of the document', () => {
    const patches = operations.filter((operation) => operation.method === 'patch').map((o) => o.key);
    expect(patches.sort()).toEqual(Object.keys(RACES).sort());
  });

  it('lets exactly one of two PATCHes with the same version win, 409 for the other, no change lost', async () => {
    for (const [key, race] of Object.entries(RACES)) {
      const id = targets[key];
      const url = key.split(' ')[1].replace(`{${race.key ?? 'id'}}`, id);
      const where = { [race.key ?? 'id']: id };
      for (let round = 0; round < 5; round += 1) {
        const before = (await t.dataSource.getRepository(race.entity).findOneByOrFail(where)) as unknown as {
          version: number;
        };
        const writers = ['A', 'B'].map((w) => `${w}${round}`);
        const results = await Promise.all(
          writers.map((writer) =>
            t.http
              .patch(url)
              .set(...bearer(chief))
              .send({ version: before.version, [race.field]: race.value(writer) }),
          ),
        );
        expect({ key, statuses: results.map((r) => r.status).sort() }).toEqual({ key, statuses: [200, 409] });
        const winner = writers[results.findIndex((r) => r.status === 200)];
        const after = (await t.dataSource
          .getRepository(race.entity)
          .findOneByOrFail(where)) as unknown as Record<string, unknown>;
        expect({ key, value: after[race.field], version: after.version }).toEqual({
          key,
          value: race.value(winner),
          version: before.version + 1,
        });
        expect((results.find((r) => r.status === 200) as Response).body).toMatchObject({
          [race.field]: race.value(winner),
          version: before.version + 1,
        });
      }
    }
  });

  describe('under load (reads and writes of the log and the planning running alongside)', () => {
    let stop = false;
    let background: Promise<number[]>;

    beforeAll(() => {
      const loop = async (call: () => Promise<Response>): Promise<number> => {
        let errors = 0;
        while (!stop) {
          const response = await call();
          if (response.status >= 500) errors += 1;
        }
        return errors;
      };
      background = Promise.all([
        ...Array.from({ length: 2 }, () =>
          loop(() => t.http.get('/api/incidents?limit=50').set(...bearer(chief))),
        ),
        ...Array.from({ length: 2 }, () =>
          loop(() => t.http.get('/api/shifts?from=2026-06-15&to=2026-06-28').set(...bearer(chief))),
        ),
        loop(() => t.http.get('/api/roster/check?from=2026-06-15&to=2026-06-21').set(...bearer(chief))),
      ]);
    });

    afterAll(async () => {
      stop = true;
      expect(await background).toEqual([0, 0, 0, 0, 0]);
    });

    const assign = (shiftId: string, agentId: string) =>
      t.http.put(`/api/shifts/${shiftId}/assignments/${agentId}`).set(...bearer(chief));
    const agentId = async (lastName: string) =>
      (await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName })).id;
    const typeId = async (code: string) =>
      (await t.dataSource.getRepository(ShiftType).findOneByOrFail({ code })).id;

    it('assigns one agent to only one of 20 overlapping shifts fired at once', async () => {
      const petit = await agentId('Petit');
      const stat = await typeId('STAT');
      const shifts = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          shift(stat, `2026-10-20T09:${String(i).padStart(2, '0')}:00+02:00`, '2026-10-20T17:00:00+02:00'),
        ),
      );
      const results = await Promise.all(shifts.map((s) => assign(s.id, petit)));
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.every((r) => [200, 409, 422].includes(r.status))).toBe(true);
      const [{ count }] = await t.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM assignment WHERE agent_id = $1 AND starts_at::date = '2026-10-20'`,
        [petit],
      );
      expect(count).toBe(1);
    });

    it('keeps an agent at 48 h a week at most when 21 eight-hour shifts of that week are assigned at once', async () => {
      const mercier = await agentId('Mercier');
      const aprem = await typeId('APREM');
      // Monday 2 to Sunday 8 November 2026, round the clock: 21 × 8 h = 168 h offered.
      const times: [string, string][] = [];
      for (let day = 2; day <= 8; day += 1) {
        const date = `2026-11-${String(day).padStart(2, '0')}`;
        const next = `2026-11-${String(day + 1).padStart(2, '0')}`;
        times.push([`${date}T05:00:00+01:00`, `${date}T13:00:00+01:00`]);
        times.push([`${date}T13:00:00+01:00`, `${date}T21:00:00+01:00`]);
        times.push([`${date}T21:00:00+01:00`, `${next}T05:00:00+01:00`]);
      }
      const shifts = await Promise.all(times.map(([from, to]) => shift(aprem, from, to)));
      expect(shifts).toHaveLength(21);
      const results = await Promise.all(shifts.map((s) => assign(s.id, mercier)));
      expect(results.every((r) => [200, 409, 422].includes(r.status))).toBe(true);
      const [{ hours }] = await t.dataSource.query<{ hours: number }[]>(
        `SELECT coalesce(sum(extract(epoch FROM ends_at - starts_at)) / 3600, 0)::float AS hours
           FROM assignment WHERE agent_id = $1
            AND starts_at >= '2026-11-02T00:00:00+01:00' AND starts_at < '2026-11-09T00:00:00+01:00'`,
        [mercier],
      );
      expect(hours).toBeGreaterThan(0);
      expect(hours).toBeLessThanOrEqual(48);
      expect(results.filter((r) => r.status === 200).length * 8).toBe(hours);
    });

    it('numbers 200 incidents recorded at once without gap nor duplicate, and keeps the chain valid', async () => {
      const agent = await t.tokenOf('agent');
      const lefebvre = await agentId('Lefebvre');
      const [{ last }] = await t.dataSource.query<{ last: number }[]>(
        `SELECT coalesce(max(sequence), 0)::int AS last FROM incident WHERE year = 2026`,
      );
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          t.http
            .post('/api/incidents')
            .set(...bearer(agent))
            .send({
              occurredAt: `${TODAY}T09:00:00+02:00`,
              category: 'TRAFFIC.PARKING',
              location: { address: `${i + 1} rue de Lille`, quartier: 'BOURG' },
              summary: `Stationnement gênant n° ${i + 1}`,
              description: 'Véhicule sur le trottoir.',
              agentIds: [lefebvre],
            }),
        ),
      );
      expect(results.map((r) => r.status).filter((status) => status !== 201)).toEqual([]);
      const sequences = results
        .map((r) => Number((r.body as IncidentResponse).number.slice(-6)))
        .sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 200 }, (_, i) => last + 1 + i));
      const integrity = await t.http
        .get('/api/incidents/integrity')
        .set(...bearer(chief))
        .expect(200);
      expect(integrity.body).toMatchObject({ ok: true, firstBrokenId: null });
    });
  });
});
