import {
  LoginResponse,
  LOMME_TERRITORY,
  QUARTIER_LIMITS,
  QuartierResponse,
  TaxonomyResponse,
  TerritoryResponse,
} from '@vigie/shared';

import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { DEMO_SERVICES, PLATFORM_LOGIN, POOLED_CHIEF } from '../../src/database/seed/services.seed';
import { bearer, createTestApp, type TestApp } from '../support/test-app';

const LOMME = DEMO_SERVICES.lomme.id;
const POOLED = DEMO_SERVICES.pooled.id;

/**
 * Issue 25, point 1: each service keeps its own quartiers and area (a pooled service's quartiers
 * are its communes), and its entries and cameras are filed under its own quartiers only.
 */
describe('a service’s territory: its quartiers and area', () => {
  let t: TestApp;
  let chef: string;
  let pooled: string;
  /** Who each chief's entries name as present (the author himself when he is an agent). */
  const present = new Map<string, string>();

  const signIn = async (login: string, password = DEMO_PASSWORD): Promise<LoginResponse> =>
    (await t.http.post('/api/auth/login').send({ login, password }).expect(200)).body as LoginResponse;
  const territoryOf = async (token: string): Promise<TerritoryResponse> =>
    (
      await t.http
        .get('/api/territory')
        .set(...bearer(token))
        .expect(200)
    ).body as TerritoryResponse;
  const quartiersIn = async (
    serviceId: string,
  ): Promise<{ code: string; label: string; retired: boolean }[]> =>
    t.owner.query(
      `SELECT code, label, retired FROM service_quartier WHERE service_id = $1 ORDER BY position`,
      [serviceId],
    );
  const send = (token: string, quartier: string, position: { lat?: number; lng?: number } = {}) =>
    t.http
      .post('/api/incidents')
      .set(...bearer(token))
      .send({ ...entry(quartier, position), agentIds: [present.get(token)] });
  const entry = (quartier: string, position: { lat?: number; lng?: number } = {}) => ({
    occurredAt: '2026-06-15T09:30:00+02:00',
    category: 'TRAFFIC.PARKING',
    location: { address: '3 rue de la Gare', quartier, ...position },
    summary: 'Stationnement gênant devant l’école',
    description: '',
    agentIds: [],
    actions: [],
  });
  const camera = (code: string, quartier: string, lat: number, lng: number) => ({
    code,
    kind: 'FIXED',
    label: 'Entrée de la mairie',
    quartier,
    lat,
    lng,
    status: 'PLANNED',
    plannedYear: 2027,
  });

  beforeAll(async () => {
    t = await createTestApp({ today: '2026-06-15' });
    chef = await t.tokenOf('chef');
    const pooledLogin = await signIn(POOLED_CHIEF.login);
    pooled = pooledLogin.accessToken;
    present.set(pooled, pooledLogin.user.agentId!);
    const [{ id }] = await t.owner.query(
      `SELECT id FROM agent WHERE service_id = $1 AND status = 'ACTIVE' ORDER BY matricule LIMIT 1`,
      [LOMME],
    );
    present.set(chef, (await t.meOf('chef')).agentId ?? id);
  });
  afterAll(() => t.close());

  it('gives each service its own quartiers and area, with the signed-in user as on their own route', async () => {
    const login = await signIn('chef');
    expect(login.user.territory).toEqual(LOMME_TERRITORY);
    expect(await territoryOf(chef)).toEqual(LOMME_TERRITORY);
    const pooledLogin = await signIn(POOLED_CHIEF.login);
    expect(pooledLogin.user.service?.id).toBe(POOLED);
    expect(pooledLogin.user.territory!.quartiers.map((quartier) => quartier.label)).toEqual([
      'Lompret',
      'Prémesques',
      'Verlinghem',
    ]);
    expect(pooledLogin.user.territory!.area).toEqual({ south: 50.64, north: 50.7, west: 2.925, east: 3.03 });
    // Every member reads it; the platform's account has none.
    for (const login of ['superviseur', 'agent', 'rh'] as const) {
      expect(await territoryOf(await t.tokenOf(login))).toEqual(LOMME_TERRITORY);
    }
    expect((await signIn(PLATFORM_LOGIN)).user.territory).toBeNull();
    // The main courante's taxonomy offers the service's own.
    const taxonomy = (
      await t.http
        .get('/api/incidents/taxonomy')
        .set(...bearer(pooled))
        .expect(200)
    ).body as TaxonomyResponse;
    expect(taxonomy.quartiers).toEqual([
      { code: 'LOMPRET', label: 'Lompret' },
      { code: 'PREMESQUES', label: 'Prémesques' },
      { code: 'VERLINGHEM', label: 'Verlinghem' },
    ]);
  });

  it('files a service’s entries and cameras under its own quartiers and inside its area only', async () => {
    // Lomme's quartier at the pooled service, and the pooled one's at Lomme: unknown there.
    const foreign = await send(pooled, 'BOURG').expect(400);
    expect(foreign.body).toMatchObject({ reason: 'QUARTIER_UNKNOWN' });
    expect(foreign.body.errors).toEqual([
      { field: 'location.quartier', message: '« BOURG » n’est pas un quartier en service' },
    ]);
    await t.http
      .post('/api/cameras')
      .set(...bearer(chef))
      .send(camera('FIX-91', 'LOMPRET', 50.64, 2.99))
      .expect(400);
    // Verlinghem's town hall: in the pooled service's area, outside Lomme's.
    const outside = await send(chef, 'BOURG', { lat: 50.683, lng: 2.998 }).expect(400);
    expect(outside.body).toMatchObject({ reason: 'POSITION_OUTSIDE_COMMUNE' });
    await send(pooled, 'VERLINGHEM', { lat: 50.683, lng: 2.998 }).expect(201);
    const pooledCamera = await t.http
      .post('/api/cameras')
      .set(...bearer(pooled))
      .send(camera('FIX-01', 'VERLINGHEM', 50.683, 2.998))
      .expect(201);
    expect(pooledCamera.body).toMatchObject({ quartier: 'VERLINGHEM' });
    await t.http
      .post('/api/cameras')
      .set(...bearer(chef))
      .send(camera('FIX-92', 'BOURG', 50.683, 2.998))
      .expect(400);
    // The database holds it too: a row of Lomme naming the pooled service's quartier is refused.
    await expect(
      t.owner.query(`UPDATE camera SET quartier = 'LOMPRET' WHERE service_id = $1 AND code = 'NOM-01'`, [
        LOMME,
      ]),
    ).rejects.toThrow(/fk_camera_quartier/);
  });

  it('lets the chief add, rename, retire and bring back a quartier; what is filed under it keeps it', async () => {
    const added = await t.http
      .post('/api/territory/quartiers')
      .set(...bearer(chef))
      .send({ label: '  Zone de l’Innovation ' })
      .expect(201);
    expect(added.body).toEqual({
      code: 'ZONE_DE_L_INNOVATION',
      label: 'Zone de l’Innovation',
      outline: null,
      retired: false,
      version: 1,
    });
    expect((await quartiersIn(LOMME)).map((quartier) => quartier.code).at(-1)).toBe('ZONE_DE_L_INNOVATION');
    // The same name, whatever its case and accents: refused.
    const twice = await t.http
      .post('/api/territory/quartiers')
      .set(...bearer(chef))
      .send({ label: 'zone de l’innovation' })
      .expect(409);
    expect(twice.body).toMatchObject({ reason: 'QUARTIER_LABEL_TAKEN' });
    const renamedTwice = await t.http
      .patch('/api/territory/quartiers/ZONE_DE_L_INNOVATION')
      .set(...bearer(chef))
      .send({ label: 'Délivrance', version: 1 })
      .expect(409);
    expect(renamedTwice.body).toMatchObject({ reason: 'QUARTIER_LABEL_TAKEN' });

    const filed = (await send(chef, 'ZONE_DE_L_INNOVATION').expect(201)).body as { id: string };
    const renamed = await t.http
      .patch('/api/territory/quartiers/ZONE_DE_L_INNOVATION')
      .set(...bearer(chef))
      .send({ label: 'Parc d’activités', version: 1 })
      .expect(200);
    expect(renamed.body).toMatchObject({
      code: 'ZONE_DE_L_INNOVATION',
      label: 'Parc d’activités',
      version: 2,
    });
    // A change from a page that read it before: refused, not lost.
    const stale = await t.http
      .patch('/api/territory/quartiers/ZONE_DE_L_INNOVATION')
      .set(...bearer(chef))
      .send({ label: 'Zone d’activités', version: 1 })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT' });
    const retired = await t.http
      .patch('/api/territory/quartiers/ZONE_DE_L_INNOVATION')
      .set(...bearer(chef))
      .send({ retired: true, version: 2 })
      .expect(200);
    expect((retired.body as QuartierResponse).retired).toBe(true);
    // No longer offered nor taken for a new entry; the entry filed under it keeps it.
    const taxonomy = (
      await t.http
        .get('/api/incidents/taxonomy')
        .set(...bearer(chef))
        .expect(200)
    ).body as TaxonomyResponse;
    expect(taxonomy.quartiers.map((quartier) => quartier.code)).not.toContain('ZONE_DE_L_INNOVATION');
    await send(chef, 'ZONE_DE_L_INNOVATION').expect(400);
    const kept = await t.http
      .get(`/api/incidents/${filed.id}`)
      .set(...bearer(chef))
      .expect(200);
    expect(kept.body.location.quartier).toBe('ZONE_DE_L_INNOVATION');
    // The statistics still name it.
    const stats = await t.http
      .get('/api/incidents/stats?from=2026-06-01&to=2026-06-30&by=quartier')
      .set(...bearer(chef))
      .expect(200);
    expect(stats.body.buckets).toContainEqual(
      expect.objectContaining({ key: 'ZONE_DE_L_INNOVATION', label: 'Parc d’activités' }),
    );
    await t.http
      .patch('/api/territory/quartiers/ZONE_DE_L_INNOVATION')
      .set(...bearer(chef))
      .send({ retired: false, version: 3 })
      .expect(200);
    await send(chef, 'ZONE_DE_L_INNOVATION').expect(201);

    // Audited in the service's trail.
    const events = await t.owner.query(
      `SELECT action, entity_id AS "entityId" FROM audit_event WHERE entity = 'quartier' AND service_id = $1 ORDER BY at`,
      [LOMME],
    );
    expect(events).toEqual([
      { action: 'CREATE', entityId: 'ZONE_DE_L_INNOVATION' },
      { action: 'UPDATE', entityId: 'ZONE_DE_L_INNOVATION' },
      { action: 'UPDATE', entityId: 'ZONE_DE_L_INNOVATION' },
      { action: 'UPDATE', entityId: 'ZONE_DE_L_INNOVATION' },
    ]);
  });

  it('refuses bad requests and other roles, and changes nothing', async () => {
    const before = await quartiersIn(LOMME);
    for (const body of [
      {},
      { label: 'x' },
      { label: 'x'.repeat(61) },
      { label: 12 },
      { label: 'Gare', code: 'GARE' },
      { label: '    ' },
    ]) {
      const response = await t.http
        .post('/api/territory/quartiers')
        .set(...bearer(chef))
        .send(body)
        .expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    await t.http
      .patch('/api/territory/quartiers/BOURG')
      .set(...bearer(chef))
      .send({ retired: 'yes', version: 1 })
      .expect(400);
    await t.http
      .patch('/api/territory/quartiers/NOWHERE')
      .set(...bearer(chef))
      .send({ label: 'Nulle part', version: 1 })
      .expect(404);
    await t.http
      .patch('/api/territory/quartiers/bad%20code')
      .set(...bearer(chef))
      .send({ label: 'Nulle part', version: 1 })
      .expect(404);
    // The pooled service's quartier is not Lomme's to change.
    await t.http
      .patch('/api/territory/quartiers/LOMPRET')
      .set(...bearer(chef))
      .send({ label: 'Lompret-Centre', version: 1 })
      .expect(404);
    for (const login of ['superviseur', 'agent', 'rh'] as const) {
      await t.http
        .post('/api/territory/quartiers')
        .set(...bearer(await t.tokenOf(login)))
        .send({ label: 'Gare' })
        .expect(403);
    }
    expect(await quartiersIn(LOMME)).toEqual(before);
    expect((await quartiersIn(POOLED)).map((quartier) => quartier.label)).toEqual([
      'Lompret',
      'Prémesques',
      'Verlinghem',
    ]);
  });

  it('opens a new service with its commune as its quartier, keeps one in service, and caps the list', async () => {
    const platform = (await signIn(PLATFORM_LOGIN)).accessToken;
    await t.http
      .post('/api/platform/services')
      .set(...bearer(platform))
      .send({
        name: 'Police municipale de Saint-André-lez-Lille',
        kind: 'COMMUNE',
        inseeCodes: ['59527'],
        chief: { login: 'chef.standre', displayName: 'Marc Dufour', password: 'Brume-Canal-Orties-59' },
      })
      .expect(201);
    const own = (await signIn('chef.standre', 'Brume-Canal-Orties-59')).accessToken;
    const territory = await territoryOf(own);
    expect(territory).toEqual({
      quartiers: [
        {
          code: 'SAINT_ANDRE_LEZ_LILLE',
          label: 'Saint-André-lez-Lille',
          outline: null,
          retired: false,
          version: 1,
        },
      ],
      area: null,
    });
    // No area yet: any position is taken (a camera: the new service has no agent to log an entry).
    await t.http
      .post('/api/cameras')
      .set(...bearer(own))
      .send(camera('FIX-01', 'SAINT_ANDRE_LEZ_LILLE', 43.3, 5.37))
      .expect(201);
    const last = await t.http
      .patch('/api/territory/quartiers/SAINT_ANDRE_LEZ_LILLE')
      .set(...bearer(own))
      .send({ retired: true, version: 1 })
      .expect(422);
    expect(last.body).toMatchObject({ reason: 'QUARTIER_LAST' });

    // Two chiefs' tabs adding the same name at once: one quartier.
    const race = await Promise.all(
      [0, 1, 2].map(() =>
        t.http
          .post('/api/territory/quartiers')
          .set(...bearer(own))
          .send({ label: 'Centre' }),
      ),
    );
    expect(race.map((response) => response.status).sort()).toEqual([201, 409, 409]);
    // Up to the cap, retired ones included.
    for (let n = (await territoryOf(own)).quartiers.length; n < QUARTIER_LIMITS.count; n++) {
      await t.http
        .post('/api/territory/quartiers')
        .set(...bearer(own))
        .send({ label: `Secteur ${n}` })
        .expect(201);
    }
    const full = await t.http
      .post('/api/territory/quartiers')
      .set(...bearer(own))
      .send({ label: 'Un de trop' })
      .expect(422);
    expect(full.body).toMatchObject({ reason: 'QUARTIERS_FULL' });
    expect((await territoryOf(own)).quartiers).toHaveLength(QUARTIER_LIMITS.count);
  });
});
