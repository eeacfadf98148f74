import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { IncidentResponse } from '@vigie/shared';

import { AppConfig } from '../../src/config/app-config';
import { APP_CONFIG } from '../../src/config/config.module';
import { Incident } from '../../src/modules/incidents/incident.entity';
import { photoDirOf } from '../../src/modules/incidents/photo-store';
import { RetentionService } from '../../src/modules/retention/retention.service';
import { bearer, createTestApp, TestApp } from '../support/test-app';

/** A real 1×1 JPEG; a tail after its end marker makes each photo distinct (decoders ignore it). */
const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=',
  'base64',
);
const photo = (tag: string, size = 0): Buffer =>
  Buffer.concat([TINY_JPEG, Buffer.from(tag), Buffer.alloc(size)]);
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Issue 24 points 4 and 5: photos of entries and complements — received by content, kept by their
 * SHA-256, named in the chain, read by the entry's readers (journaled), erased with their entry.
 */
describe('photos of the main courante', () => {
  let t: TestApp;
  let agent: string;
  let supervisor: string;
  let chief: string;
  let hr: string;
  let agentId: string;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp({ today: '2026-06-15' });
    [agent, supervisor, chief, hr] = await Promise.all(
      (['agent', 'superviseur', 'chef', 'rh'] as const).map((login) => t.tokenOf(login)),
    );
    agentId = (await t.meOf('agent')).agentId!;
    dir = photoDirOf(t.app.get<AppConfig>(APP_CONFIG));
  });
  afterAll(() => t.close());

  const upload = (token: string, bytes: Buffer, type = 'image/jpeg') =>
    t.http
      .post('/api/incidents/photos')
      .set(...bearer(token))
      .set('Content-Type', type)
      .send(bytes);
  const entry = (photos: string[], summary = 'Tag sur le mur de l’école') => ({
    occurredAt: '2026-06-15T09:30:00+02:00',
    category: 'TRAFFIC.PARKING',
    location: { address: '12 rue du Bourg', quartier: 'BOURG' },
    summary,
    description: 'Constaté en patrouille, photographié.',
    agentIds: [agentId],
    photos,
  });
  const create = (body: object, key = randomUUID(), token = agent) =>
    t.http
      .post('/api/incidents')
      .set(...bearer(token))
      .set('Idempotency-Key', key)
      .send(body);
  const readPhoto = (token: string, incidentId: string, hash: string) =>
    t.http
      .get(`/api/incidents/${incidentId}/photos/${hash}`)
      .set(...bearer(token))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
  const count = async (table: string): Promise<number> =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const integrity = async () =>
    (
      await t.http
        .get('/api/incidents/integrity')
        .set(...bearer(chief))
        .expect(200)
    ).body as { ok: boolean; problem: string | null; firstBrokenId: string | null };

  it('receives photos by content, names them in an entry in order, and lets its readers see them (journaled)', async () => {
    const first = photo('facade');
    const second = photo('porte');
    const received = await upload(agent, first).expect(201);
    expect(received.body).toEqual({ sha256: sha(first), mediaType: 'image/jpeg', size: first.length });
    // The same bytes again: the same photo, nothing more kept.
    await upload(agent, first, 'application/octet-stream').expect(200);
    await upload(agent, second).expect(201);
    expect(existsSync(join(dir, sha(first).slice(0, 2), sha(first)))).toBe(true);

    const created = await create(entry([sha(second), sha(first)])).expect(201);
    const incident = created.body as IncidentResponse;
    expect(incident.photos).toEqual([
      { sha256: sha(second), mediaType: 'image/jpeg', size: second.length },
      { sha256: sha(first), mediaType: 'image/jpeg', size: first.length },
    ]);
    const readBack = await t.http
      .get(`/api/incidents/${incident.id}`)
      .set(...bearer(supervisor))
      .expect(200);
    expect((readBack.body as IncidentResponse).photos.map((p) => p.sha256)).toEqual([
      sha(second),
      sha(first),
    ]);

    for (const token of [agent, supervisor, chief]) {
      const seen = await readPhoto(token, incident.id, sha(first)).expect(200);
      expect(seen.headers['content-type']).toBe('image/jpeg');
      expect(seen.headers['cache-control']).toBe('no-store');
      expect(Buffer.compare(seen.body as Buffer, first)).toBe(0);
    }
    const [{ views }] = await t.dataSource.query<{ views: number }[]>(
      `SELECT count(*)::int AS views FROM audit_event
        WHERE action = 'READ' AND entity = 'incident' AND entity_id = $1 AND details->>'photo' = $2`,
      [incident.id, sha(first)],
    );
    expect(views).toBe(3);
  });

  it('lets HR and strangers see nothing: no upload, no photo; a photo of another entry is not found', async () => {
    const bytes = photo('confidentiel');
    await upload(agent, bytes).expect(201);
    const incident = (await create(entry([sha(bytes)])).expect(201)).body as IncidentResponse;
    const other = (await create(entry([], 'Autre entrée')).expect(201)).body as IncidentResponse;
    await upload(hr, photo('rh')).expect(403);
    await readPhoto(hr, incident.id, sha(bytes)).expect(403);
    await t.http.get(`/api/incidents/${incident.id}/photos/${sha(bytes)}`).expect(401);
    const elsewhere = await readPhoto(agent, other.id, sha(bytes)).expect(404);
    expect(JSON.parse((elsewhere.body as Buffer).toString()).detail).toBe('Photo introuvable.');
    await readPhoto(agent, incident.id, 'not-a-hash').expect(404);
  });

  it('refuses what is not an image, too large, not bytes, or one photo too many, in French, writing nothing', async () => {
    const photos = await count('photo_object');
    const entries = await t.dataSource.getRepository(Incident).count();

    const text = await upload(
      agent,
      Buffer.from('Ceci est un texte et non une photo, malgré son nom.'),
    ).expect(422);
    expect(text.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(text.body).toMatchObject({ reason: 'PHOTO_NOT_IMAGE' });
    expect(text.body.detail).toMatch(/n’est pas une photo/);
    const pdf = await upload(agent, Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'image/png').expect(422);
    expect(pdf.body.reason).toBe('PHOTO_NOT_IMAGE');

    const large = await upload(agent, photo('grande', 10 * 1024 * 1024)).expect(413);
    expect(large.body).toMatchObject({ reason: 'PHOTO_TOO_LARGE' });
    expect(large.body.detail).toMatch(/10 Mo/);

    const json = await t.http
      .post('/api/incidents/photos')
      .set(...bearer(agent))
      .send({ photo: 'data:image/jpeg;base64,AAAA' })
      .expect(415);
    expect(json.body.detail).toMatch(/en binaire/);
    await upload(agent, Buffer.alloc(0)).expect(422);

    const seven = await Promise.all(
      Array.from({ length: 7 }, async (_, index) => {
        const bytes = photo(`lot-${index}`);
        await upload(agent, bytes).expect(201);
        return sha(bytes);
      }),
    );
    const tooMany = await create(entry(seven)).expect(400);
    expect(tooMany.body.detail).toBe('Données invalides : photos doit contenir au plus 6 éléments.');
    const unknown = await create(entry([sha(photo('jamais envoyée'))])).expect(422);
    expect(unknown.body).toMatchObject({ reason: 'PHOTO_UNKNOWN' });
    expect(unknown.body.detail).toMatch(/la photo n° 1 n’a pas été reçue/);
    await create(entry(['ABC'])).expect(400);
    await create(entry([seven[0], seven[0]])).expect(400);

    expect(await t.dataSource.getRepository(Incident).count()).toBe(entries);
    expect(await count('photo_object')).toBe(photos + 7);
    // The number refused was not consumed: the next entry takes the next one.
    const next = (await create(entry(seven.slice(0, 6))).expect(201)).body as IncidentResponse;
    expect(next.photos).toHaveLength(6);
  });

  it('answers a retry of an entry with photos with that entry: one entry, its photos named once', async () => {
    const bytes = [photo('retry-1'), photo('retry-2')];
    for (const one of bytes) await upload(agent, one).expect(201);
    const key = randomUUID();
    const body = entry(bytes.map(sha), 'Dépôt sauvage, deux photos');
    const before = await t.dataSource.getRepository(Incident).count();
    const named = await count('incident_photo');
    const answers = await Promise.all(Array.from({ length: 5 }, () => create(body, key)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((answer) => (answer.body as IncidentResponse).id)).size).toBe(1);
    // Photos sent again after a lost answer are the same photos.
    for (const one of bytes) await upload(agent, one).expect(200);
    await create(body, key).expect(200);
    expect(await t.dataSource.getRepository(Incident).count()).toBe(before + 1);
    expect(await count('incident_photo')).toBe(named + 2);
  });

  it('takes photos with a complement, in the chain like the complement', async () => {
    const bytes = photo('complement');
    const incident = (await create(entry([])).expect(201)).body as IncidentResponse;
    await upload(supervisor, bytes).expect(201);
    const amended = await t.http
      .post(`/api/incidents/${incident.id}/amendments`)
      .set(...bearer(supervisor))
      .set('Idempotency-Key', randomUUID())
      .send({ text: 'Photo du véhicule prise au retour.', photos: [sha(bytes)] })
      .expect(201);
    const complement = (amended.body as IncidentResponse).amendments[0];
    expect(complement.photos).toEqual([{ sha256: sha(bytes), mediaType: 'image/jpeg', size: bytes.length }]);
    const seen = await readPhoto(agent, incident.id, sha(bytes)).expect(200);
    expect(Buffer.compare(seen.body as Buffer, bytes)).toBe(0);
    expect(await integrity()).toMatchObject({ ok: true });
  });

  it('has the integrity check find a photo altered in storage and a photo hash changed in the database', async () => {
    const bytes = photo('preuve');
    const other = photo('autre');
    await upload(agent, bytes).expect(201);
    await upload(agent, other).expect(201);
    const incident = (await create(entry([sha(bytes)], 'Véhicule ventouse')).expect(201))
      .body as IncidentResponse;
    expect(await integrity()).toMatchObject({ ok: true });

    // One byte changed in the store.
    const file = join(dir, sha(bytes).slice(0, 2), sha(bytes));
    const kept = await readFile(file);
    await writeFile(file, Buffer.concat([kept.subarray(0, kept.length - 1), Buffer.from('X')]));
    const altered = await integrity();
    expect(altered).toMatchObject({ ok: false, firstBrokenId: incident.id });
    expect(altered.problem).toBe(
      `Entrée ${incident.number} : la photo n° 1 ne correspond plus à son empreinte : elle a été modifiée dans le stockage.`,
    );
    await writeFile(file, kept);
    expect(await integrity()).toMatchObject({ ok: true });

    // The photo's hash swapped in the database for another photo's (bytes intact): the link no longer matches.
    await t.owner.transaction(async (manager) => {
      await manager.query(`ALTER TABLE incident_photo DISABLE TRIGGER trg_incident_photo_append_only`);
      await manager.query(`UPDATE incident_photo SET sha256 = $2 WHERE ref_id = $1`, [
        incident.id,
        sha(other),
      ]);
      await manager.query(`ALTER TABLE incident_photo ENABLE TRIGGER trg_incident_photo_append_only`);
    });
    const swapped = await integrity();
    expect(swapped).toMatchObject({ ok: false, firstBrokenId: incident.id });
    expect(swapped.problem).toMatch(/son contenu a été modifié/);
    await t.owner.transaction(async (manager) => {
      await manager.query(`ALTER TABLE incident_photo DISABLE TRIGGER trg_incident_photo_append_only`);
      await manager.query(`UPDATE incident_photo SET sha256 = $2 WHERE ref_id = $1`, [
        incident.id,
        sha(bytes),
      ]);
      await manager.query(`ALTER TABLE incident_photo ENABLE TRIGGER trg_incident_photo_append_only`);
    });

    // A photo's bytes missing from the store.
    await writeFile(file, kept);
    const { rm } = await import('node:fs/promises');
    await rm(file);
    expect((await integrity()).problem).toBe(
      `Entrée ${incident.number} : la photo n° 1 est absente du stockage.`,
    );
    await writeFile(file, kept);
    expect(await integrity()).toMatchObject({ ok: true });

    // Append-only: the app's own role can neither change nor delete a named photo.
    await expect(
      t.dataSource.query(`UPDATE incident_photo SET position = 1 WHERE ref_id = $1`, [incident.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`DELETE FROM incident_photo WHERE ref_id = $1`, [incident.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('deletes the bytes of an entry’s photos when its content is erased (3 years), keeping their hashes; and unnamed photos after a day', async () => {
    const bytes = photo('ancienne');
    const shared = photo('partagee');
    await upload(agent, bytes).expect(201);
    await upload(agent, shared).expect(201);
    const old = (await create(entry([sha(bytes), sha(shared)], 'Entrée de 2026')).expect(201))
      .body as IncidentResponse;
    const unnamed = photo('jamais nommée');
    await upload(agent, unnamed).expect(201);
    const fileOf = (one: Buffer) => join(dir, sha(one).slice(0, 2), sha(one));
    const purge = t.app.get(RetentionService);

    // The next day: the unnamed photo goes, the named ones stay.
    t.clock.set('2026-06-16T10:30:00Z');
    const daily = await purge.purge();
    expect(daily.photos).toBeGreaterThanOrEqual(1);
    expect(existsSync(fileOf(unnamed))).toBe(false);
    expect(existsSync(fileOf(bytes))).toBe(true);

    // A later entry names one of the same photos: its bytes stay while that entry lives.
    t.clock.set('2027-01-10T10:00:00Z');
    await upload(agent, shared).expect(200);
    const later = (
      await create({
        ...entry([sha(shared)], 'Entrée de 2027'),
        occurredAt: '2027-01-10T10:00:00+01:00',
      }).expect(201)
    ).body as IncidentResponse;

    t.clock.set('2029-06-16T10:30:00Z');
    const report = await purge.purge();
    expect(report.incidents).toBeGreaterThan(0);
    expect(existsSync(fileOf(bytes))).toBe(false);
    expect(existsSync(fileOf(shared))).toBe(true);
    const gone = await readPhoto(supervisor, old.id, sha(bytes)).expect(404);
    expect(JSON.parse((gone.body as Buffer).toString()).detail).toMatch(
      /effacée au terme de la durée de conservation/,
    );
    const erased = (
      await t.http
        .get(`/api/incidents/${old.id}`)
        .set(...bearer(chief))
        .expect(200)
    ).body as IncidentResponse;
    expect(erased.photos).toEqual([]);
    const hashes = await t.dataSource.query<{ sha256: string }[]>(
      `SELECT sha256 FROM incident_photo WHERE ref_id = $1 ORDER BY position`,
      [old.id],
    );
    expect(hashes.map((row) => row.sha256)).toEqual([sha(bytes), sha(shared)]);
    await readPhoto(supervisor, later.id, sha(shared)).expect(200);
    expect(await integrity()).toMatchObject({ ok: true });

    t.clock.set('2030-01-11T10:30:00Z');
    await purge.purge();
    expect(existsSync(fileOf(shared))).toBe(false);
    expect(await integrity()).toMatchObject({ ok: true });
  });
});
