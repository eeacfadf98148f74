import {
  IncidentResponse,
  IncidentStatsResponse,
  IncidentSummaryResponse,
  LOMME_TERRITORY,
  positionCellCentre,
  positionCellKey,
  quartierAt,
  quartierLabel,
} from '@vigie/shared';
import { DateTime } from 'luxon';

import { AuditEvent } from '../../src/common/audit/audit-event.entity';
import { HourlyEntryCounts1797800000000 } from '../../src/database/migrations/1797800000000-HourlyEntryCounts';
import { Agent } from '../../src/modules/agents/agent.entity';
import { Incident } from '../../src/modules/incidents/incident.entity';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const NOW = '2026-06-15';

describe('the main courante', () => {
  let t: TestApp;
  let agent: string;
  let agentId: string;

  beforeAll(async () => {
    t = await createTestApp({ today: NOW });
    agent = await t.tokenOf('agent');
    agentId = (await t.meOf('agent')).agentId!;
  });
  afterAll(() => t.close());

  const entry = (overrides: Record<string, unknown> = {}) => ({
    occurredAt: '2026-06-15T09:30:00+02:00',
    category: 'TRAFFIC.PARKING',
    location: { address: '12 rue du Bourg', quartier: 'BOURG', lat: 50.6447, lng: 2.9871 },
    summary: 'Stationnement gênant devant l’école',
    description: 'Véhicule stationné sur le passage piéton, avis de contravention apposé.',
    agentIds: [agentId],
    actions: [{ kind: 'FINE', natinf: '35008' }],
    ...overrides,
  });
  const create = (token: string, body: object) =>
    t.http
      .post('/api/incidents')
      .set(...bearer(token))
      .send(body);

  it('records an entry numbered MC-<year>-<6 digits>, chained and journaled', async () => {
    const created = await create(agent, entry()).expect(201);
    const incident = created.body as IncidentResponse;
    expect(incident).toMatchObject({
      number: expect.stringMatching(/^MC-2026-\d{6}$/),
      status: 'OPEN',
      category: 'TRAFFIC.PARKING',
      categoryLabel: 'Circulation et stationnement › Stationnement gênant ou abusif',
      agents: [{ id: agentId, name: 'Julien Lefebvre' }],
      actions: [{ kind: 'FINE', natinf: '35008', note: null }],
      amendments: [],
      author: 'agent',
      authorName: 'Julien Lefebvre',
    });
    const [link] = await t.dataSource.query(`SELECT kind FROM incident_link WHERE ref_id = $1`, [
      incident.id,
    ]);
    expect(link).toEqual({ kind: 'ENTRY' });
    expect(
      await t.dataSource.getRepository(AuditEvent).countBy({ action: 'CREATE', entityId: incident.id }),
    ).toBe(1);
  });

  it.each([
    [{ occurredAt: '2026-06-16T10:00:00+02:00' }, 'occurredAt'],
    [{ occurredAt: '2026-05-01T10:00:00+02:00' }, 'occurredAt'],
    [{ category: 'PUBLIC_PEACE' }, 'category'],
    [{ category: 'ALIENS.ABDUCTION' }, 'category'],
    [{ location: { address: '1 rue de Paris', quartier: 'BOURG', lat: 48.85, lng: 2.35 } }, 'location'],
    [{ location: { address: '1 rue du Bourg', quartier: 'VAUBAN' } }, 'location.quartier'],
    [{ location: { address: '1 rue du Bourg', quartier: 'BOURG', lat: 50.64 } }, 'location.lng'],
    [{ location: undefined }, 'location'],
    [{ location: null }, 'location'],
    [{ location: 'rue du Bourg' }, 'location'],
    [{ summary: 'x'.repeat(201) }, 'summary'],
    [{ description: 'x'.repeat(10001) }, 'description'],
    [{ agentIds: [] }, 'agentIds'],
    [{ actions: [{ kind: 'FINE', natinf: 'ABC' }] }, 'actions.0.natinf'],
    [{ number: 'MC-2026-999999' }, 'number'],
  ])('refuses %j (400 on %s) and takes no number', async (change, field) => {
    const before = await t.dataSource.getRepository(Incident).count();
    const response = await create(agent, entry(change)).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(await t.dataSource.getRepository(Incident).count()).toBe(before);
  });

  it('lets a supervisor record an entry more than 30 days old, and wants the author among the agents present', async () => {
    const supervisor = await t.tokenOf('superviseur');
    const benali = (
      (
        await t.http
          .get('/api/auth/me')
          .set(...bearer(supervisor))
          .expect(200)
      ).body as { agentId: string }
    ).agentId;
    await create(supervisor, entry({ occurredAt: '2026-04-01T10:00:00+02:00', agentIds: [benali] })).expect(
      201,
    );
    const lefebvre = agentId;
    const other = (await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName: 'Dubois' })).id;
    const missing = await create(agent, entry({ agentIds: [other] })).expect(400);
    expect(missing.body.errors).toEqual([
      { field: 'agentIds', message: 'doit comprendre l’auteur de la main courante' },
    ]);
    await create(agent, entry({ agentIds: [lefebvre, '00000000-0000-4000-8000-000000000000'] })).expect(422);
  });

  it('gives gap-free, duplicate-free numbers to 200 entries created at once, and keeps the chain whole', async () => {
    const before = await t.dataSource.query(
      `SELECT max(sequence)::int AS last FROM incident WHERE year = 2026`,
    );
    const results = await Promise.all(
      Array.from({ length: 200 }, () => create(agent, entry({ summary: 'Création simultanée' }))),
    );
    expect(results.map((result) => result.status).filter((status) => status !== 201)).toEqual([]);
    const numbers = results.map((result) => (result.body as IncidentResponse).number).sort();
    expect(new Set(numbers).size).toBe(200);
    const sequences = numbers.map((number) => Number(number.slice(-6)));
    expect(sequences).toEqual(Array.from({ length: 200 }, (_, i) => before[0].last + 1 + i));
    const integrity = await t.http
      .get('/api/incidents/integrity')
      .set(...bearer(await t.tokenOf('chef')))
      .expect(200);
    expect(integrity.body).toMatchObject({ ok: true, firstBrokenId: null });
    expect(integrity.body.checked).toBeGreaterThan(600);
  });

  it('lists a line with what the list shows: the agents present in their order, by name, and the number of complements', async () => {
    const supervisor = await t.tokenOf('superviseur');
    const me = (
      await t.http
        .get('/api/auth/me')
        .set(...bearer(supervisor))
        .expect(200)
    ).body as {
      agentId: string;
    };
    const { id, number } = (
      await create(
        supervisor,
        entry({
          occurredAt: '2026-06-14T22:15:00+02:00',
          category: 'PUBLIC_PEACE.NOISE',
          summary: 'Tapage nocturne rue de la Gare',
          agentIds: [agentId, me.agentId],
        }),
      ).expect(201)
    ).body as IncidentResponse;
    for (const text of ['Premier complément', 'Second complément']) {
      await t.http
        .post(`/api/incidents/${id}/amendments`)
        .set(...bearer(supervisor))
        .send({ text })
        .expect(201);
    }
    const page = await t.http
      .get('/api/incidents?from=2026-06-14&to=2026-06-14&category=PUBLIC_PEACE')
      .set(...bearer(supervisor))
      .expect(200);
    expect(page.body.items.find((item: IncidentSummaryResponse) => item.id === id)).toEqual({
      id,
      number,
      occurredAt: '2026-06-14T20:15:00.000Z',
      recordedAt: expect.any(String),
      category: 'PUBLIC_PEACE.NOISE',
      categoryLabel: 'Tranquillité publique › Bruit, tapage',
      location: { address: '12 rue du Bourg', quartier: 'BOURG', lat: 50.6447, lng: 2.9871 },
      summary: 'Tapage nocturne rue de la Gare',
      status: 'OPEN',
      agents: [
        { id: agentId, name: 'Julien Lefebvre' },
        { id: me.agentId, name: 'Karim Benali' },
      ],
      amendmentCount: 2,
      erasedAt: null,
    });
  });

  it('refuses any change or deletion of an entry or an amendment, even by a hand-written statement', async () => {
    const { id } = (await create(agent, entry()).expect(201)).body as IncidentResponse;
    await t.http
      .post(`/api/incidents/${id}/amendments`)
      .set(...bearer(agent))
      .send({ text: 'Complément' })
      .expect(201);
    await expect(
      t.dataSource.query(`UPDATE incident SET summary = 'réécrit' WHERE id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM incident WHERE id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(
      t.dataSource.query(`UPDATE incident_amendment SET text = 'x' WHERE incident_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`DELETE FROM incident_link WHERE incident_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
  });

  it('adds complements in order, from agents present or supervisors only', async () => {
    const { id } = (await create(agent, entry()).expect(201)).body as IncidentResponse;
    await t.http
      .post(`/api/incidents/${id}/amendments`)
      .set(...bearer(agent))
      .send({ text: 'Premier complément' })
      .expect(201);
    const second = await t.http
      .post(`/api/incidents/${id}/amendments`)
      .set(...bearer(await t.tokenOf('superviseur')))
      .send({ text: 'Second' })
      .expect(201);
    expect((second.body as IncidentResponse).amendments.map((a) => [a.text, a.author, a.authorName])).toEqual(
      [
        ['Premier complément', 'agent', 'Julien Lefebvre'],
        ['Second', 'superviseur', 'Karim Benali'],
      ],
    );
    const dubois = await create(
      await t.tokenOf('superviseur'),
      entry({
        agentIds: [
          (await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName: 'Benali' })).id,
          (await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName: 'Dubois' })).id,
        ],
      }),
    ).expect(201);
    await t.http
      .post(`/api/incidents/${dubois.body.id}/amendments`)
      .set(...bearer(agent))
      .send({ text: 'Pas présent' })
      .expect(403);
  });

  it('changes status through allowed transitions only, for supervisors', async () => {
    const { id } = (await create(agent, entry()).expect(201)).body as IncidentResponse;
    const supervisor = await t.tokenOf('superviseur');
    await t.http
      .post(`/api/incidents/${id}/status`)
      .set(...bearer(agent))
      .send({ to: 'CLOSED', note: 'Fin' })
      .expect(403);
    await t.http
      .post(`/api/incidents/${id}/status`)
      .set(...bearer(supervisor))
      .send({ to: 'IN_PROGRESS', note: 'Suivi' })
      .expect(200);
    const transferred = await t.http
      .post(`/api/incidents/${id}/status`)
      .set(...bearer(supervisor))
      .send({ to: 'TRANSFERRED', note: 'Au commissariat' })
      .expect(200);
    expect(
      (transferred.body as IncidentResponse).statusHistory.map((s) => [s.from, s.to, s.author, s.authorName]),
    ).toEqual([
      ['OPEN', 'IN_PROGRESS', 'superviseur', 'Karim Benali'],
      ['IN_PROGRESS', 'TRANSFERRED', 'superviseur', 'Karim Benali'],
    ]);
    const refused = await t.http
      .post(`/api/incidents/${id}/status`)
      .set(...bearer(supervisor))
      .send({ to: 'CLOSED', note: 'Clôture' });
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toBe('Une main courante transmise ne peut pas devenir close.');
    await t.http
      .post(`/api/incidents/${id}/status`)
      .set(...bearer(supervisor))
      .send({ to: 'ARCHIVED', note: 'x' })
      .expect(400);
  });

  it('journals every read of an entry', async () => {
    const { id } = (await create(agent, entry()).expect(201)).body as IncidentResponse;
    await t.http
      .get(`/api/incidents/${id}`)
      .set(...bearer(await t.tokenOf('superviseur')))
      .expect(200);
    await t.http
      .get(`/api/incidents/${id}`)
      .set(...bearer(agent))
      .expect(200);
    const reads = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { action: 'READ', entity: 'incident', entityId: id }, order: { id: 'ASC' } });
    expect(reads.map((event) => event.actorLogin)).toEqual(['superviseur', 'agent']);
  });

  it('finds entries in French whatever the accents and plurals', async () => {
    await create(
      agent,
      entry({
        category: 'PROPERTY.DAMAGE',
        summary: 'Degradation de la vitrine',
        description: 'Vitrine de la boulangerie rayée.',
      }),
    ).expect(201);
    for (const q of ['dégradations', 'DEGRADATION', 'vitrines rayees']) {
      const response = await t.http
        .get(`/api/incidents?q=${encodeURIComponent(q)}`)
        .set(...bearer(agent))
        .expect(200);
      expect({
        q,
        found: response.body.items.some(
          (item: IncidentSummaryResponse) => item.summary === 'Degradation de la vitrine',
        ),
      }).toEqual({ q, found: true });
    }
    const none = await t.http
      .get('/api/incidents?q=licorne')
      .set(...bearer(agent))
      .expect(200);
    expect(none.body.items).toEqual([]);
  });

  it('pages through a search by words in date order, within the period, ties included, as the unpaged answer', async () => {
    const supervisor = await t.tokenOf('superviseur');
    const word = 'trottinette';
    const made: string[] = [];
    // Five at the same moment (the id breaks the tie across pages), two earlier, one the day before.
    for (const at of [
      ...Array<string>(5).fill('2026-06-15T08:00:00+02:00'),
      '2026-06-15T07:00:00+02:00',
      '2026-06-15T00:30:00+02:00',
      '2026-06-14T23:30:00+02:00',
    ]) {
      const body = entry({ occurredAt: at, summary: `Trottinette sur le trottoir (${made.length})` });
      made.push(((await create(agent, body).expect(201)).body as IncidentResponse).id);
    }
    const read = async (query: string): Promise<IncidentSummaryResponse[]> => {
      const items: IncidentSummaryResponse[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: IncidentSummaryResponse[]; nextCursor: string | null } } = await t.http
          .get(`/api/incidents?${query}${cursor ? `&cursor=${cursor}` : ''}`)
          .set(...bearer(supervisor))
          .expect(200);
        items.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      return items;
    };
    const paged = await read(`q=${word}&limit=2`);
    const whole = await read(`q=${word}&limit=200`);
    expect(paged.map((item) => item.id)).toEqual(whole.map((item) => item.id));
    expect(new Set(paged.map((item) => item.id))).toEqual(new Set(made));
    const order = paged.map((item) => [Date.parse(item.occurredAt), item.id] as const);
    expect(order).toEqual([...order].sort(([a, x], [b, y]) => b - a || (y < x ? -1 : y > x ? 1 : 0)));
    // The period is local days (Paris): the entry of the 14th at 23:30 is not on the 15th.
    const onThe15th = await read(`q=${word}&limit=3&from=2026-06-15&to=2026-06-15`);
    expect(new Set(onThe15th.map((item) => item.id))).toEqual(new Set(made.slice(0, 7)));
    // Another filter beside the words gives the same entries, by the other way.
    const open = await read(`q=${word}&limit=3&status=OPEN`);
    expect(open.map((item) => item.id)).toEqual(paged.map((item) => item.id));
  });

  it('finds the same entries for a word in the singular or plural, with or without accents, in any case', async () => {
    const supervisor = await t.tokenOf('superviseur');
    const abandoned = (
      await create(
        agent,
        entry({
          category: 'TRAFFIC.ABANDONED_VEHICLE',
          summary: 'Véhicule abandonné rue de la Mitterie',
          description: 'Pneu avant crevé, plaque retirée.',
        }),
      ).expect(201)
    ).body as IncidentResponse;
    const found = async (q: string): Promise<string[]> => {
      const response = await t.http
        .get(`/api/incidents?limit=200&q=${encodeURIComponent(q)}`)
        .set(...bearer(supervisor))
        .expect(200);
      expect({ q, nextCursor: response.body.nextCursor }).toEqual({ q, nextCursor: null });
      return (response.body.items as IncidentSummaryResponse[]).map((item) => item.id).sort();
    };
    for (const words of [
      ['vélo', 'vélos', 'velos', 'VÉLOS', 'Velo'],
      ['rodéo', 'rodéos', 'RODEOS'],
      ['véhicule abandonné', 'véhicules abandonnés', 'VEHICULES ABANDONNES'],
      ['pneu', 'pneus', 'PNEUS'],
    ]) {
      const first = await found(words[0]);
      // The demo year holds a few of each (« Vol de vélo devant la médiathèque », rodéos…).
      expect({ q: words[0], found: first.length > 0 }).toEqual({ q: words[0], found: true });
      for (const q of words.slice(1)) expect({ q, ids: await found(q) }).toEqual({ q, ids: first });
    }
    expect(await found('véhicules abandonnés')).toContain(abandoned.id);
    // The websearch syntax keeps working on the same stems: a phrase, an exclusion.
    expect(await found('"véhicules abandonnés" -pneus')).not.toContain(abandoned.id);
    expect(await found('"vols de vélos"')).toEqual(await found('"vol de vélo"'));
  });

  it('filters by period, category group, quartier, status and agent', async () => {
    const supervisor = await t.tokenOf('superviseur');
    const response = await t.http
      .get(
        `/api/incidents?from=2026-06-01&to=2026-06-15&category=TRAFFIC&quartier=BOURG&status=OPEN&agentId=${agentId}&limit=200`,
      )
      .set(...bearer(supervisor))
      .expect(200);
    const items = response.body.items as IncidentSummaryResponse[];
    expect(items.length).toBeGreaterThan(0);
    expect(
      items.every(
        (item) =>
          item.category.startsWith('TRAFFIC.') &&
          item.location.quartier === 'BOURG' &&
          item.status === 'OPEN',
      ),
    ).toBe(true);
    expect(items.every((item) => item.agents.some((a) => a.id === agentId))).toBe(true);
  });

  it('keeps pages stable while new entries arrive', async () => {
    const supervisor = await t.tokenOf('superviseur');
    const first = await t.http
      .get('/api/incidents?limit=20')
      .set(...bearer(supervisor))
      .expect(200);
    await create(
      agent,
      entry({ summary: 'Arrivée pendant la lecture', occurredAt: '2026-06-15T11:59:59.999+02:00' }),
    ).expect(201);
    const second = await t.http
      .get(`/api/incidents?limit=20&cursor=${first.body.nextCursor}`)
      .set(...bearer(supervisor))
      .expect(200);
    const all = await t.http
      .get('/api/incidents?limit=41')
      .set(...bearer(supervisor))
      .expect(200);
    const ids = [...first.body.items, ...second.body.items].map((item: IncidentSummaryResponse) => item.id);
    expect(new Set(ids).size).toBe(40);
    // The 40 read are the 40 after the new one, in order: nothing skipped, nothing repeated.
    expect(ids).toEqual(all.body.items.slice(1).map((item: IncidentSummaryResponse) => item.id));
  });

  it('counts by category, quartier, week and hour of the week over a year of demo data', async () => {
    const supervisor = await t.tokenOf('superviseur');
    const query = 'from=2025-06-15&to=2026-06-15';
    const byCategory = await t.http
      .get(`/api/incidents/stats?${query}&by=category`)
      .set(...bearer(supervisor))
      .expect(200);
    expect(byCategory.body.total).toBeGreaterThan(300);
    expect(byCategory.body.buckets[0]).toMatchObject({
      key: expect.stringContaining('.'),
      label: expect.stringContaining('›'),
    });
    for (const by of ['quartier', 'week', 'hourOfWeek']) {
      const response = await t.http
        .get(`/api/incidents/stats?${query}&by=${by}`)
        .set(...bearer(supervisor))
        .expect(200);
      expect(response.body.total).toBe(byCategory.body.total);
    }
    const hours = await t.http
      .get(`/api/incidents/stats?${query}&by=hourOfWeek`)
      .set(...bearer(supervisor))
      .expect(200);
    const days = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
    for (const bucket of hours.body.buckets as { key: string; label: string }[]) {
      const [day, hour] = bucket.key.split('-').map(Number);
      expect(bucket.label).toBe(`${days[day - 1]} ${hour} h`);
    }
    // The demo's noise complaints come on Friday and Saturday nights.
    const noise = await t.http
      .get(`/api/incidents/stats?${query}&by=hourOfWeek`)
      .set(...bearer(supervisor))
      .expect(200);
    expect(noise.body.buckets.length).toBeGreaterThan(50);
    await t.http
      .get(`/api/incidents/stats?${query}&by=color`)
      .set(...bearer(supervisor))
      .expect(400);
    await t.http
      .get(`/api/incidents/stats?${query}&by=category`)
      .set(...bearer(agent))
      .expect(403);
  });

  it('counts by week and hour of the week from each hour’s count: every entry once, at the local day’s edges and across the clock change', async () => {
    const supervisor = await t.tokenOf('superviseur');
    const supervisorId = (await t.meOf('superviseur')).agentId!;
    // Sunday 29 March 2026: at 02:00 the clocks go to 03:00. The edges of that local day.
    for (const occurredAt of [
      '2026-03-28T23:59:59.999+01:00', // Saturday: out
      '2026-03-29T00:00:00.000+01:00',
      '2026-03-29T01:59:59.999+01:00',
      '2026-03-29T03:00:00.000+02:00', // the next instant's hour: 3 h, there is no 2 h
      '2026-03-29T23:59:59.999+02:00',
      '2026-03-30T00:00:00.000+02:00', // Monday: out
    ])
      await create(supervisor, entry({ occurredAt, agentIds: [supervisorId] })).expect(201);
    const stats = async (by: string): Promise<IncidentStatsResponse> =>
      (
        await t.http
          .get(`/api/incidents/stats?from=2026-03-29&to=2026-03-29&by=${by}`)
          .set(...bearer(supervisor))
          .expect(200)
      ).body as IncidentStatsResponse;
    // The day's entries themselves (23:00 to 22:00 UTC), put in local hours here.
    const entries = await t.dataSource.query<{ occurred_at: Date }[]>(
      `SELECT occurred_at FROM incident WHERE occurred_at >= '2026-03-28T23:00:00Z' AND occurred_at < '2026-03-29T22:00:00Z'`,
    );
    const expected = new Map<string, number>();
    for (const { occurred_at: at } of entries) {
      const local = DateTime.fromJSDate(at, { zone: 'Europe/Paris' });
      const key = `${local.weekday}-${local.hour}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const byHour = new Map((await stats('hourOfWeek')).buckets.map((bucket) => [bucket.key, bucket.count]));
    expect(byHour).toEqual(expected);
    for (const key of ['7-0', '7-1', '7-3', '7-23']) expect(byHour.get(key)).toBeGreaterThanOrEqual(1);
    expect([...byHour.keys()].filter((key) => !key.startsWith('7-'))).toEqual([]);
    expect((await stats('week')).buckets).toEqual([
      { key: '2026-W13', label: expect.any(String), count: entries.length },
    ]);

    // The counts are every service's entries per hour, recounted; and so after the migration
    // that counts an existing main courante (its down, then its up).
    const counted = () =>
      t.owner.query('SELECT service_id, hour, entries FROM incident_hour WHERE entries > 0 ORDER BY 1, 2');
    const recount = await t.owner.query(
      `SELECT service_id, date_bin('1 hour', occurred_at, timestamptz '2000-01-01 00:00:00+00') AS hour,
              count(*)::int AS entries FROM incident GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(recount.length).toBeGreaterThan(300);
    expect(await counted()).toEqual(recount);
    const runner = t.owner.createQueryRunner();
    try {
      await new HourlyEntryCounts1797800000000().down(runner);
      await new HourlyEntryCounts1797800000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await counted()).toEqual(recount);

    // A deleted entry is counted down (only a purge may delete: rolled back here, the chain kept).
    const sundayThree = new Date('2026-03-29T01:00:00Z');
    const hourOf = async (query: (sql: string, params: unknown[]) => Promise<{ entries: number }[]>) =>
      (await query('SELECT entries FROM incident_hour WHERE hour = $1', [sundayThree]))[0].entries;
    const before = await hourOf((sql, params) => t.owner.query(sql, params));
    await expect(
      t.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL vigie.purge = 'on'`);
        const [{ id }] = await manager.query<{ id: string }[]>(
          `SELECT id FROM incident WHERE occurred_at = '2026-03-29T01:00:00Z'`,
        );
        await manager.query(`DELETE FROM incident_link WHERE incident_id = $1`, [id]);
        await manager.query(`DELETE FROM incident_agent WHERE incident_id = $1`, [id]);
        await manager.query(`DELETE FROM incident WHERE id = $1`, [id]);
        expect(await hourOf((sql, params) => manager.query(sql, params))).toBe(before - 1);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // An hour counted down to nothing gives no bucket, as counting its entries would.
    await t.owner.query('UPDATE incident_hour SET entries = 0 WHERE hour = $1', [sundayThree]);
    try {
      expect((await stats('hourOfWeek')).buckets.map((bucket) => bucket.key)).not.toContain('7-3');
    } finally {
      await t.owner.query('UPDATE incident_hour SET entries = $2 WHERE hour = $1', [sundayThree, before]);
    }
  });

  it('counts the entries that carry a position per cell of about 170 m, as the web draws them, never per point', async () => {
    const supervisor = await t.tokenOf('superviseur');
    const query = 'from=2025-06-15&to=2026-06-15';
    const [all, cells] = await Promise.all(
      ['category', 'position'].map(
        async (by) =>
          (
            await t.http
              .get(`/api/incidents/stats?${query}&by=${by}`)
              .set(...bearer(supervisor))
              .expect(200)
          ).body as { total: number; buckets: { key: string; label: string; count: number }[] },
      ),
    );
    // The demo puts a position on about 60 % of its entries.
    expect(cells.total).toBeGreaterThan(all.total * 0.4);
    expect(cells.total).toBeLessThan(all.total * 0.8);
    // The cells counted in SQL are those the shared rounding gives to each point, largest first.
    const points = await t.dataSource.query<{ lat: number; lng: number; quartier: string }[]>(
      `SELECT lat, lng, quartier FROM incident WHERE lat IS NOT NULL AND occurred_at >= '2025-06-14T22:00:00Z'
          AND occurred_at < '2026-06-15T22:00:00Z'`,
    );
    // The demo draws each position inside its entry's quartier, as the maps show it.
    expect(
      points.filter((p) => quartierAt([p.lat, p.lng], LOMME_TERRITORY.quartiers) !== p.quartier),
    ).toEqual([]);
    const expected = new Map<string, number>();
    for (const { lat, lng } of points) {
      const key = positionCellKey([lat, lng]);
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(new Map(cells.buckets.map((cell) => [cell.key, cell.count]))).toEqual(expected);
    expect(cells.buckets.map((cell) => cell.count)).toEqual(
      [...cells.buckets.map((cell) => cell.count)].sort((a, b) => b - a),
    );
    for (const cell of cells.buckets) {
      const quartier = quartierAt(positionCellCentre(cell.key)!, LOMME_TERRITORY.quartiers);
      expect(cell.label).toBe(quartier ? quartierLabel(LOMME_TERRITORY, quartier) : 'Hors des quartiers');
    }
    await t.http
      .get(`/api/incidents/stats?${query}&by=position`)
      .set(...bearer(agent))
      .expect(403);
  });

  it('counts the last twelve months up to today when no period is given', async () => {
    const supervisor = await t.tokenOf('superviseur');
    const byDefault = await t.http
      .get('/api/incidents/stats?by=quartier')
      .set(...bearer(supervisor))
      .expect(200);
    expect(byDefault.body).toMatchObject({ from: '2025-06-16', to: NOW });
    const explicit = await t.http
      .get(`/api/incidents/stats?from=2025-06-16&to=${NOW}&by=quartier`)
      .set(...bearer(supervisor))
      .expect(200);
    expect(byDefault.body.total).toBe(explicit.body.total);
    expect(byDefault.body.total).toBeGreaterThan(300);
    // Only the end given: the twelve months before it.
    const untilMarch = await t.http
      .get('/api/incidents/stats?to=2026-03-31&by=quartier')
      .set(...bearer(supervisor))
      .expect(200);
    expect(untilMarch.body).toMatchObject({ from: '2025-04-01', to: '2026-03-31' });
  });

  it('exports a French Excel CSV, streamed', async () => {
    const response = await t.http
      .get('/api/incidents/export.csv?category=TRAFFIC.PARKING')
      .set(...bearer(await t.tokenOf('chef')))
      .expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.text.charCodeAt(0)).toBe(0xfeff);
    const [header, first] = response.text.slice(1).split('\n');
    expect(header).toBe('Numéro;Date;Heure;Catégorie;Quartier;Adresse;Résumé;Statut;Agents');
    expect(first).toMatch(
      /^MC-\d{4}-\d{6};\d\d\/\d\d\/\d{4};\d\d:\d\d;Circulation et stationnement › Stationnement gênant ou abusif;/,
    );
  });

  it('exports a summary written like a formula as text, never as a live formula', async () => {
    const summary = '=HYPERLINK("http://exemple.invalid/x";"Cliquez")';
    await create(agent, entry({ summary, category: 'TRAFFIC.SPEEDING' })).expect(201);
    await create(
      agent,
      entry({ summary: '+33 6 12 34 56 78 a appelé', category: 'TRAFFIC.SPEEDING' }),
    ).expect(201);
    await create(
      agent,
      entry({
        summary: '@pseudo signalé',
        category: 'TRAFFIC.SPEEDING',
        location: { address: '-1 rue X', quartier: 'BOURG' },
      }),
    ).expect(201);
    const response = await t.http
      .get('/api/incidents/export.csv?category=TRAFFIC.SPEEDING')
      .set(...bearer(await t.tokenOf('superviseur')))
      .expect(200);
    const lines = response.text.split('\n');
    expect(lines.find((line) => line.includes('HYPERLINK'))).toContain(
      `;"'=HYPERLINK(""http://exemple.invalid/x"";""Cliquez"")";`,
    );
    expect(lines.find((line) => line.includes('a appelé'))).toContain(";'+33 6 12 34 56 78 a appelé;");
    expect(lines.find((line) => line.includes('@pseudo'))).toContain(";'-1 rue X;'@pseudo signalé;");
  });

  it('is closed to HR on every route', async () => {
    const hr = await t.tokenOf('rh');
    const [one] = await t.dataSource.getRepository(Incident).find({ take: 1 });
    for (const [method, path] of [
      ['get', '/api/incidents'],
      ['get', '/api/incidents/taxonomy'],
      ['get', `/api/incidents/${one.id}`],
      ['post', '/api/incidents'],
      ['post', `/api/incidents/${one.id}/amendments`],
      ['get', '/api/incidents/integrity'],
      ['get', '/api/incidents/export.csv'],
    ] as const) {
      const response = await t.http[method](path)
        .set(...bearer(hr))
        .send(method === 'post' ? {} : undefined);
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
      expect(JSON.stringify(response.body)).not.toContain(one.summary);
    }
  });

  it('offers the taxonomy with French labels', async () => {
    const response = await t.http
      .get('/api/incidents/taxonomy')
      .set(...bearer(agent))
      .expect(200);
    expect(response.body.categories[0]).toMatchObject({
      code: 'PUBLIC_PEACE',
      label: 'Tranquillité publique',
    });
    expect(response.body.quartiers.map((q: { label: string }) => q.label)).toEqual([
      'Bourg',
      'Mitterie',
      'Délivrance',
      'Mont-à-Camp',
      'Marais',
      'Canteleu',
    ]);
  });
});
