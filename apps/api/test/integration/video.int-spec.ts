import {
  CameraResponse,
  DeploymentResponse,
  FootageRequestResponse,
  IncidentResponse,
  IncidentSummaryResponse,
} from '@vigie/shared';

import { AuditEvent } from '../../src/common/audit/audit-event.entity';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { POOLED_CHIEF } from '../../src/database/seed/services.seed';
import { Agent } from '../../src/modules/agents/agent.entity';
import { FootageExpiryJob } from '../../src/modules/video/footage-expiry.job';
import { FootageRequest } from '../../src/modules/video/footage-request.entity';
import { bearer, createSignedInApp, TestApp } from '../support/test-app';

/** 10:00 UTC that day: the demo's footage requests are relative to it. */
const TODAY = '2026-06-15';

describe('video-protection: cameras, deployment, footage requests', () => {
  let t: TestApp;
  let chief: string;
  let supervisor: string;

  beforeAll(async () => {
    [t, chief, supervisor] = await createSignedInApp({ today: TODAY }, 'chef', 'superviseur');
  });
  afterAll(() => t.close());

  const cameras = async (token = chief): Promise<CameraResponse[]> =>
    (
      await t.http
        .get('/api/cameras?limit=200')
        .set(...bearer(token))
        .expect(200)
    ).body.items as CameraResponse[];
  const camera = async (code: string): Promise<CameraResponse> =>
    (await cameras()).find((c) => c.code === code)!;
  const requests = async (query = ''): Promise<FootageRequestResponse[]> =>
    (
      await t.http
        .get(`/api/footage-requests?limit=200${query.replace('?', '&')}`)
        .set(...bearer(supervisor))
        .expect(200)
    ).body.items as FootageRequestResponse[];
  const requestCount = () => t.dataSource.getRepository(FootageRequest).count();
  const createRequest = (body: object, token = supervisor) =>
    t.http
      .post('/api/footage-requests')
      .set(...bearer(token))
      .send(body);
  const move = (id: string, body: object, token = supervisor) =>
    t.http
      .post(`/api/footage-requests/${id}/status`)
      .set(...bearer(token))
      .send(body);
  const agentId = async (lastName: string) =>
    (await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName })).id;

  describe('the camera registry', () => {
    it('lists the demo cameras to an agent, each with its status history', async () => {
      const list = await cameras(await t.tokenOf('agent'));
      expect(list.filter((c) => c.kind === 'NOMAD')).toHaveLength(6);
      expect(list.filter((c) => c.kind === 'FIXED')).toHaveLength(30);
      const broken = list.find((c) => c.code === 'NOM-05')!;
      expect(broken.status).toBe('OUT_OF_SERVICE');
      expect(broken.history.map((h) => h.to)).toEqual(['PLANNED', 'INSTALLED', 'ACTIVE', 'OUT_OF_SERVICE']);
      expect(broken.history.at(-1)!.note).toContain('Batterie');
    });

    it('lets the chief register a camera, and keeps codes unique', async () => {
      const body = {
        code: 'FIX-40',
        kind: 'FIXED',
        label: 'Entrée du cimetière',
        quartier: 'MARAIS',
        lat: 50.635,
        lng: 3.001,
        status: 'PLANNED',
        plannedYear: 2027,
      };
      const created = await t.http
        .post('/api/cameras')
        .set(...bearer(chief))
        .send(body)
        .expect(201);
      expect(created.body).toMatchObject({ code: 'FIX-40', version: 1, connectedToCsu: false });
      expect((created.body as CameraResponse).history).toEqual([
        expect.objectContaining({ from: null, to: 'PLANNED' }),
      ]);
      const duplicate = await t.http
        .post('/api/cameras')
        .set(...bearer(chief))
        .send(body)
        .expect(409);
      expect(duplicate.body.errors).toEqual([{ field: 'code', message: 'déjà attribué' }]);
    });

    it.each([
      [{ lat: 48.85, lng: 2.35 }, 'lat'],
      [{ lat: 50.64 }, 'lng'],
      [{ plannedYear: 1999 }, 'plannedYear'],
      [{ code: 'fix 41' }, 'code'],
      [{ status: 'BROKEN' }, 'status'],
    ])('refuses %j (400 on %s) and writes nothing', async (change, field) => {
      const before = (await cameras()).length;
      const response = await t.http
        .post('/api/cameras')
        .set(...bearer(chief))
        .send({
          code: 'FIX-41',
          kind: 'FIXED',
          label: 'Essai',
          quartier: 'BOURG',
          status: 'PLANNED',
          plannedYear: 2027,
          ...change,
        })
        .expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(response.body.errors)).toContain(field);
      expect((await cameras()).length).toBe(before);
    });

    it('records a status change with its note, and refuses a stale version with 409', async () => {
      const target = await camera('FIX-07');
      const updated = await t.http
        .patch(`/api/cameras/${target.id}`)
        .set(...bearer(chief))
        .send({
          status: 'ACTIVE',
          connectedToCsu: true,
          note: 'Recette faite avec le prestataire.',
          version: target.version,
        })
        .expect(200);
      expect(updated.body).toMatchObject({
        status: 'ACTIVE',
        connectedToCsu: true,
        version: target.version + 1,
      });
      expect((updated.body as CameraResponse).history.at(-1)).toMatchObject({
        from: 'INSTALLED',
        to: 'ACTIVE',
        note: 'Recette faite avec le prestataire.',
        author: 'chef',
      });
      await t.http
        .patch(`/api/cameras/${target.id}`)
        .set(...bearer(chief))
        .send({ label: 'Rue Victor Hugo (nord)', version: target.version })
        .expect(409);
      expect((await camera('FIX-07')).label).toBe('Rue Victor Hugo');
    });

    it('sets the deployment against the plan: 6 nomad cameras in 2025, 30 fixed over 2026–2027', async () => {
      const response = await t.http
        .get('/api/cameras/deployment')
        .set(...bearer(supervisor))
        .expect(200);
      const { rows, totals } = response.body as DeploymentResponse;
      expect(rows.find((r) => r.year === 2025 && r.kind === 'NOMAD')).toEqual({
        year: 2025,
        kind: 'NOMAD',
        planned: 6,
        registered: 6,
        installed: 6,
        active: 5,
        connected: 4,
      });
      expect(totals.find((r) => r.kind === 'FIXED')!.planned).toBe(30);
      expect(rows.find((r) => r.year === 2026 && r.kind === 'FIXED')!.active).toBeGreaterThanOrEqual(6);
    });

    it('lets the chief revise his service’s plan, and keeps it his own', async () => {
      const deploymentOf = async (token: string): Promise<DeploymentResponse> =>
        (
          await t.http
            .get('/api/cameras/deployment')
            .set(...bearer(token))
            .expect(200)
        ).body as DeploymentResponse;
      const replace = (lines: object[], token = chief) =>
        t.http
          .put('/api/cameras/plan')
          .set(...bearer(token))
          .send({ lines });
      const pooled = (
        await t.http
          .post('/api/auth/login')
          .send({ login: POOLED_CHIEF.login, password: DEMO_PASSWORD })
          .expect(200)
      ).body.accessToken as string;
      const before = await deploymentOf(chief);
      expect((await deploymentOf(pooled)).rows).toEqual([]);

      // The council adds 4 fixed cameras for 2028; the 2027 line goes to 0 (no longer kept).
      const revised = await replace([
        { year: 2025, kind: 'NOMAD', planned: 6 },
        { year: 2026, kind: 'FIXED', planned: 14 },
        { year: 2027, kind: 'FIXED', planned: 0 },
        { year: 2028, kind: 'FIXED', planned: 4 },
      ]).expect(200);
      const after = revised.body as DeploymentResponse;
      expect(after.rows.find((r) => r.year === 2028 && r.kind === 'FIXED')).toMatchObject({ planned: 4 });
      expect(after.totals.find((r) => r.kind === 'FIXED')!.planned).toBe(18);
      expect(await deploymentOf(chief)).toEqual(after);
      expect((await deploymentOf(pooled)).rows).toEqual([]);
      const [audit] = await t.dataSource
        .getRepository(AuditEvent)
        .find({ where: { entity: 'camera_plan' }, order: { at: 'DESC' }, take: 1 });
      expect(audit).toMatchObject({ actorLogin: 'chef', action: 'UPDATE' });

      // A year and kind twice, a count out of bounds, a supervisor: refused, nothing changed.
      const twice = await replace([
        { year: 2028, kind: 'FIXED', planned: 4 },
        { year: 2028, kind: 'FIXED', planned: 2 },
      ]).expect(400);
      expect(twice.body).toMatchObject({ reason: 'CAMERA_PLAN_DUPLICATE' });
      expect(twice.body.errors).toEqual([
        { field: 'lines.1.kind', message: expect.stringContaining('2028') },
      ]);
      await replace([{ year: 2028, kind: 'FIXED', planned: -1 }]).expect(400);
      await replace([{ year: 2041, kind: 'FIXED', planned: 1 }]).expect(400);
      await replace([{ year: 2028, kind: 'DRONE', planned: 1 }]).expect(400);
      await replace([], supervisor).expect(403);
      expect(await deploymentOf(chief)).toEqual(after);

      await replace(before.rows.map(({ year, kind, planned }) => ({ year, kind, planned }))).expect(200);
      expect(await deploymentOf(chief)).toEqual(before);
    });
  });

  describe('footage requests', () => {
    it('lists the requests waiting for extraction first, the one nearest its overwrite at the top, in red', async () => {
      const list = await requests();
      expect(list.length).toBeGreaterThanOrEqual(10);
      expect(list[0]).toMatchObject({ status: 'REQUESTED', urgency: 'critical' });
      expect(list[0].camera.code).toBe('NOM-03');
      const waiting = list.filter((r) => r.status === 'REQUESTED').map((r) => r.overwriteAt);
      expect(waiting).toEqual([...waiting].sort());
      expect(new Set(list.map((r) => r.status))).toEqual(
        new Set(['REQUESTED', 'EXTRACTED', 'DELIVERED', 'REFUSED', 'EXPIRED']),
      );
      const delivered = list.find((r) => r.status === 'DELIVERED')!;
      expect(delivered.recipient).toBeTruthy();
      expect(delivered.operator?.name).toBeTruthy();
      expect(delivered.events.map((e) => e.to)).toEqual(['REQUESTED', 'EXTRACTED', 'DELIVERED']);
    });

    it('files a request from an incident: overwrite 30 days after the window start, shown on the incident', async () => {
      const page = (
        await t.http
          .get('/api/incidents?limit=1')
          .set(...bearer(supervisor))
          .expect(200)
      ).body as { items: IncidentSummaryResponse[] };
      const incident = page.items[0];
      const nom01 = await camera('NOM-01');
      const created = await createRequest({
        cameraId: nom01.id,
        from: '2026-06-14T21:00:00+02:00',
        to: '2026-06-14T23:30:00+02:00',
        authority: 'POLICE_NATIONALE',
        reason: 'Tapage et rixe signalés, identification des auteurs.',
        reference: 'PV 2026/005001',
        incidentId: incident.id,
      }).expect(201);
      const request = created.body as FootageRequestResponse;
      expect(request).toMatchObject({
        status: 'REQUESTED',
        overwriteAt: '2026-07-14T19:00:00.000Z',
        urgency: 'ok',
        incident: { id: incident.id, number: incident.number },
        requestedBy: 'superviseur',
      });
      const detail = (
        await t.http
          .get(`/api/incidents/${incident.id}`)
          .set(...bearer(supervisor))
          .expect(200)
      ).body as IncidentResponse;
      expect(detail.footageRequests.map((r) => r.id)).toContain(request.id);
      // Agents read the entry, not the register of footage requests.
      const forAgent = (
        await t.http
          .get(`/api/incidents/${incident.id}`)
          .set(...bearer(await t.tokenOf('agent')))
          .expect(200)
      ).body as IncidentResponse;
      expect(forAgent.footageRequests).toEqual([]);
      const audit = await t.dataSource
        .getRepository(AuditEvent)
        .findOneByOrFail({ entity: 'footage_request', entityId: request.id, action: 'CREATE' });
      expect(audit.actorLogin).toBe('superviseur');
    });

    it.each([
      [
        'a reversed window',
        { from: '2026-06-14T23:00:00+02:00', to: '2026-06-14T21:00:00+02:00' },
        400,
        'to',
      ],
      [
        'a window over 24 h',
        { from: '2026-06-12T20:00:00+02:00', to: '2026-06-13T21:00:00+02:00' },
        400,
        'to',
      ],
      [
        'a window in the future',
        { from: '2026-06-15T20:00:00+02:00', to: '2026-06-15T22:00:00+02:00' },
        400,
        'to',
      ],
      ['an unknown camera', { cameraId: '00000000-0000-4000-8000-000000000000' }, 400, 'cameraId'],
      ['an unknown incident', { incidentId: '00000000-0000-4000-8000-000000000000' }, 400, 'incidentId'],
      ['an unknown authority', { authority: 'FBI' }, 400, 'authority'],
      [
        'images already overwritten',
        { from: '2026-05-10T10:00:00+02:00', to: '2026-05-10T11:00:00+02:00' },
        422,
        'écrasées',
      ],
    ])('refuses %s and writes nothing', async (_, change, status, mention) => {
      const nom01 = await camera('NOM-01');
      const before = await requestCount();
      const response = await createRequest({
        cameraId: nom01.id,
        from: '2026-06-14T10:00:00+02:00',
        to: '2026-06-14T11:00:00+02:00',
        authority: 'GENDARMERIE',
        reason: 'Essai',
        ...change,
      }).expect(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(response.body)).toContain(mention);
      expect(await requestCount()).toBe(before);
    });

    it('refuses a request on a camera not installed yet (422)', async () => {
      const planned = await camera('FIX-20');
      const response = await createRequest({
        cameraId: planned.id,
        from: '2026-06-14T10:00:00+02:00',
        to: '2026-06-14T11:00:00+02:00',
        authority: 'INTERNAL',
        reason: 'Essai',
      }).expect(422);
      expect(response.body.detail).toContain('pas encore installée');
    });

    it('extracts by a designated video operator only, delivers to a named recipient, then nothing more', async () => {
      const nom02 = await camera('NOM-02');
      const request = (
        await createRequest({
          cameraId: nom02.id,
          from: '2026-06-13T08:00:00+02:00',
          to: '2026-06-13T09:00:00+02:00',
          authority: 'PROSECUTOR',
          reason: 'Réquisition du parquet.',
        }).expect(201)
      ).body as FootageRequestResponse;

      // The supervisor is not a designated operator himself; Karim Benali neither.
      const notDesignated = await move(request.id, { to: 'EXTRACTED', note: '' }).expect(422);
      expect(notDesignated.body.detail).toContain('n’est pas opérateur vidéo désigné');
      // Nicolas Mercier is.
      const extracted = await move(request.id, {
        to: 'EXTRACTED',
        note: 'Extraction sur clé chiffrée.',
        operatorAgentId: await agentId('Mercier'),
      }).expect(200);
      expect(extracted.body).toMatchObject({
        status: 'EXTRACTED',
        operator: { name: 'Nicolas Mercier' },
        urgency: 'ok',
      });

      await move(request.id, { to: 'DELIVERED', note: '' }).expect(400);
      const delivered = await move(request.id, {
        to: 'DELIVERED',
        note: 'Remis en main propre.',
        recipient: 'Substitut Leroy, parquet de Lille',
      }).expect(200);
      expect(delivered.body).toMatchObject({
        status: 'DELIVERED',
        recipient: 'Substitut Leroy, parquet de Lille',
      });
      expect((delivered.body as FootageRequestResponse).events.map((e) => [e.to, e.author])).toEqual([
        ['REQUESTED', 'superviseur'],
        ['EXTRACTED', 'superviseur'],
        ['DELIVERED', 'superviseur'],
      ]);
      const closed = await move(request.id, { to: 'REFUSED', note: 'Trop tard' }).expect(422);
      expect(closed.body.detail).toBe('Une réquisition « remise » ne peut pas passer à « refusée ».');
    });

    it('refuses with a reason only, and never skips the extraction', async () => {
      const list = await requests('?status=REQUESTED');
      const target = list[list.length - 1];
      await move(target.id, { to: 'DELIVERED', note: '', recipient: 'Quelqu’un' }).expect(422);
      await move(target.id, { to: 'REFUSED', note: '  ' }).expect(400);
      await move(target.id, { to: 'EXPIRED', note: 'à la main' }).expect(400);
      await move(target.id, { to: 'REFUSED', note: 'Demande hors cadre.' }).expect(200);
    });

    it('expires what was not extracted once the images are overwritten (the scheduled job), and then refuses to extract', async () => {
      const fix03 = await camera('FIX-03');
      const request = (
        await createRequest({
          cameraId: fix03.id,
          from: '2026-06-14T12:00:00+02:00',
          to: '2026-06-14T13:00:00+02:00',
          authority: 'GENDARMERIE',
          reason: 'Véhicule suspect.',
        }).expect(201)
      ).body as FootageRequestResponse;
      const job = t.app.get(FootageExpiryJob);
      try {
        // The round five minutes before the overwrite (the job runs once per five minutes): nothing expires.
        t.clock.set(new Date(Date.parse(request.overwriteAt) - 300_000));
        await job.run();
        expect((await requests()).find((r) => r.id === request.id)).toMatchObject({
          status: 'REQUESTED',
          urgency: 'critical',
        });
        // At the overwrite instant: expired, with a line in the register, by nobody.
        t.clock.set(request.overwriteAt);
        await job.run();
        const expired = (await requests()).find((r) => r.id === request.id)!;
        expect(expired.status).toBe('EXPIRED');
        expect(expired.events.at(-1)).toMatchObject({ from: 'REQUESTED', to: 'EXPIRED', author: null });
        // The demo's most urgent one (NOM-03, 42 h from its overwrite) expired too.
        expect(
          (await requests()).filter((r) => r.camera.code === 'NOM-03' && r.status === 'EXPIRED'),
        ).toHaveLength(1);
        await move(request.id, { to: 'EXTRACTED', note: '' }, chief).expect(422);
        // The register is never rewritten, even behind the API's back.
        await expect(
          t.dataSource.query(`UPDATE footage_request_event SET note = 'effacé' WHERE request_id = $1`, [
            request.id,
          ]),
        ).rejects.toThrow(/never updated/);
      } finally {
        t.clock.set(`${TODAY}T10:00:00Z`);
      }
    });

    it('refuses an incident that names an unknown camera', async () => {
      const me = await t.meOf('agent');
      const response = await t.http
        .post('/api/incidents')
        .set(...bearer(await t.tokenOf('agent')))
        .send({
          occurredAt: '2026-06-15T09:30:00+02:00',
          category: 'TRAFFIC.PARKING',
          location: { address: '12 rue du Bourg', quartier: 'BOURG' },
          summary: 'Stationnement gênant',
          description: 'Véhicule sur le trottoir.',
          agentIds: [me.agentId],
          cameraIds: ['00000000-0000-4000-8000-000000000000'],
        })
        .expect(422);
      expect(response.body.errors).toEqual([{ field: 'cameraIds', message: 'caméra inconnue' }]);
    });
  });

  describe('lists in pages, as every list of the API', () => {
    /** Every page of `path`, `limit` at a time, following `nextCursor`. */
    const allPages = async (path: string, limit: number): Promise<{ id: string }[]> => {
      const items: { id: string }[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await t.http
          .get(`${path}?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
          .set(...bearer(supervisor))
          .expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(limit);
        items.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      return items;
    };

    it('gives the registry by code, page after page, nothing skipped or repeated', async () => {
      const all = await cameras();
      expect(all.length).toBeGreaterThan(5);
      expect(all.map((c) => c.code)).toEqual(all.map((c) => c.code).sort());
      const paged = await allPages('/api/cameras', 3);
      expect(paged.map((c) => c.id)).toEqual(all.map((c) => c.id));
      const first = await t.http
        .get('/api/cameras')
        .set(...bearer(supervisor))
        .expect(200);
      expect(first.body).toEqual({ items: expect.any(Array), nextCursor: null });
    });

    it('gives the footage requests most urgent first, page after page', async () => {
      const nom01 = await camera('NOM-01');
      for (const hour of ['08', '10', '12']) {
        await createRequest({
          cameraId: nom01.id,
          from: `2026-06-1${hour === '10' ? 0 : 2}T${hour}:00:00+02:00`,
          to: `2026-06-1${hour === '10' ? 0 : 2}T${hour}:30:00+02:00`,
          authority: 'GENDARMERIE',
          reason: 'Recherche d’un véhicule signalé volé.',
        }).expect(201);
      }
      const all = await requests();
      expect(all.length).toBeGreaterThan(3);
      const rank = { REQUESTED: 0, EXTRACTED: 1 } as Record<string, number>;
      const ranks = all.map((r) => rank[r.status] ?? 2);
      expect(ranks).toEqual([...ranks].sort());
      const waiting = all.filter((r) => r.status === 'REQUESTED').map((r) => r.overwriteAt);
      expect(waiting.length).toBeGreaterThanOrEqual(3);
      expect(waiting).toEqual([...waiting].sort());
      expect((await allPages('/api/footage-requests', 1)).map((r) => r.id)).toEqual(all.map((r) => r.id));
      expect((await allPages('/api/footage-requests', 2)).map((r) => r.id)).toEqual(all.map((r) => r.id));
    });

    it.each([
      ['/api/cameras?limit=0', 'limit'],
      ['/api/cameras?limit=201', 'limit'],
      ['/api/cameras?cursor=nimportequoi', 'cursor'],
      ['/api/footage-requests?limit=abc', 'limit'],
      ['/api/footage-requests?cursor=WzEsMiwiMyJd', 'cursor'],
      [
        `/api/footage-requests?cursor=${Buffer.from('[1.5,1e308,"00000000-0000-4000-8000-000000000000"]').toString('base64url')}`,
        'cursor',
      ],
    ])('refuses %s with a French field error', async (path, field) => {
      const response = await t.http
        .get(path)
        .set(...bearer(supervisor))
        .expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });
  });

  describe('who may do what', () => {
    it.each([
      ['agent', 'get', '/api/footage-requests', 403],
      ['rh', 'get', '/api/footage-requests', 403],
      ['rh', 'get', '/api/cameras', 403],
      ['agent', 'get', '/api/cameras/deployment', 403],
      ['superviseur', 'post', '/api/cameras', 403],
      ['agent', 'post', '/api/footage-requests', 403],
    ] as const)('%s: %s %s → %i', async (login, method, path, status) => {
      await t.http[method](path)
        .set(...bearer(await t.tokenOf(login)))
        .send({})
        .expect(status);
    });

    it('needs a signed-in user', async () => {
      await t.http.get('/api/cameras').expect(401);
      await t.http.get('/api/footage-requests').expect(401);
    });
  });
});
