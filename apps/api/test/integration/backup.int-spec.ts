import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { BackupErrorCode, IncidentResponse, IntegrityResponse, manifestFileName } from '@vigie/shared';
import { Client } from 'pg';
import request from 'supertest';

import { createApp } from '../../src/app.setup';
import { Clock } from '../../src/common/clock';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { MIGRATIONS } from '../../src/database/migrations';
import { DEMO_SERVICES } from '../../src/database/seed/services.seed';
import { backupOnce, restoreInto } from '../../src/modules/backup/run';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { adminUrl, databaseUrl } from '../support/test-database';

const TODAY = '2026-06-15';

/** An empty database (no table at all), as `npm run restore` expects its target. */
async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `restore_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: databaseUrl(name),
    drop: async () => {
      const again = new Client({ connectionString: adminUrl() });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const tableCount = async (url: string): Promise<number> =>
  (await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`))[0]
    .n;

function configFor(url: string, env: Record<string, string> = {}): AppConfig {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, ...env });
}

async function refusal(work: Promise<unknown>): Promise<{ code: BackupErrorCode; message: string }> {
  try {
    await work;
  } catch (error) {
    return { code: (error as { code: BackupErrorCode }).code, message: (error as Error).message };
  }
  throw new Error('expected a refusal');
}

/**
 * Issue 27: backups proven by restoring them. A backup taken while agents write, restored into a
 * fresh database, served by the API: same rows, same chain head, numbering going on without a
 * gap; damaged and foreign archives refused with nothing written; an old archive purged before
 * serving; encryption at rest.
 */
describe('backups, proven by restoring them', () => {
  let source: TestApp;
  let dir: string;
  let archive: string;
  let manifest: Awaited<ReturnType<typeof backupOnce>>['manifest'];
  let writtenDuring: IncidentResponse[];
  const drops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    source = await createTestApp({ today: TODAY });
    dir = await mkdtemp(join(tmpdir(), 'vigie-backups-'));
  });
  afterAll(async () => {
    for (const drop of drops) await drop();
    await source.close();
    await rm(dir, { recursive: true, force: true });
  });

  let lefebvre: string;
  const entry = (agentToken: string, i: number) =>
    source.http
      .post('/api/incidents')
      .set(...bearer(agentToken))
      .send({
        occurredAt: `${TODAY}T09:00:00+02:00`,
        category: 'TRAFFIC.PARKING',
        location: { address: `${i + 1} rue de Lille`, quartier: 'BOURG' },
        summary: `Stationnement gênant n° ${i + 1}`,
        description: 'Véhicule sur le trottoir.',
        agentIds: [lefebvre],
      });

  it('backs up a consistent snapshot while entries are being written', async () => {
    const agent = await source.tokenOf('agent');
    lefebvre = (await source.meOf('agent')).agentId!;
    // Writes before, during and after the backup's snapshot.
    const writes = Promise.all(Array.from({ length: 24 }, (_, i) => entry(agent, i)));
    const backup = backupOnce(source.databaseUrl, configFor(source.databaseUrl), {
      dir,
      now: new Date(`${TODAY}T10:00:00Z`),
    });
    const [responses, result] = await Promise.all([writes, backup]);
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    writtenDuring = responses.map((r) => r.body as IncidentResponse);
    archive = result.path;
    manifest = result.manifest;
    expect(archive).toBe(join(dir, 'vigie-2026-06-15T10-00-00Z.vigie-backup'));
    const onDisk = JSON.parse(await readFile(join(dir, manifestFileName(archive.split('/').pop()!)), 'utf8'));
    expect(onDisk).toEqual(manifest);
    expect(manifest).toMatchObject({ format: 'vigie-backup', migration: MIGRATIONS.at(-1)!.name });
    expect(manifest.archive.sha256).toMatch(/^[0-9a-f]{64}$/);
    // One snapshot: the chain's head and the entries counted are those of the same instant.
    expect(manifest.chain.entries).toBe(manifest.tables.incident);
    expect(manifest.tables.incident_link).toBe(manifest.chain.links);
    expect(manifest.chain.head!.seq).toBe(manifest.chain.links);
    const [{ n: status }] = await query<{ n: number }>(
      source.databaseUrl,
      `SELECT count(*)::int AS n FROM backup_run WHERE ok AND archive = 'vigie-2026-06-15T10-00-00Z.vigie-backup'`,
    );
    expect(status).toBe(1);
  });

  describe('restored into a fresh database and served', () => {
    let target: string;
    let app: NestFastifyApplication;
    let http: ReturnType<typeof request>;

    beforeAll(async () => {
      const db = await emptyDatabase();
      drops.push(db.drop);
      target = db.url;
      const report = await restoreInto(target, configFor(target), archive, {
        force: false,
        now: new Date(`${TODAY}T12:00:00Z`),
      });
      expect(report.purge.incidents).toBe(0);
      // Every table as in the archive, less what the purge of the restore deleted (the demo's
      // rejected candidate is past 3 months) and the purge's own journal event.
      const purged: Record<string, number> = {
        recruitment: report.purge.candidates,
        footage_request: report.purge.footageRequests,
      };
      for (const [table, rows] of Object.entries(manifest.tables)) {
        if (['audit_event', 'recruitment_milestone', 'footage_request_event'].includes(table)) continue;
        const [{ n }] = await query<{ n: number }>(target, `SELECT count(*)::int AS n FROM "${table}"`);
        expect({ table, rows: n }).toEqual({ table, rows: rows - (purged[table] ?? 0) });
      }
      app = await createApp(configFor(target), target, { webRoot: null });
      await app.getHttpAdapter().getInstance().ready();
      app.get(Clock).set(`${TODAY}T12:00:00Z`);
      http = request(app.getHttpServer());
    });
    afterAll(() => app.close());

    const tokenOf = async (login: string): Promise<string> =>
      (
        (await http.post('/api/auth/login').send({ login, password: 'vigie-demo' }).expect(200)).body as {
          accessToken: string;
        }
      ).accessToken;

    it('has a valid chain with the head of the manifest', async () => {
      const chief = await tokenOf('chef');
      const integrity = (
        await http
          .get('/api/incidents/integrity')
          .set(...bearer(chief))
          .expect(200)
      ).body as IntegrityResponse;
      expect(integrity).toMatchObject({ ok: true, head: manifest.chain.head });
      expect(integrity.checked).toBe(manifest.chain.links);
    });

    it('serves the entries of the snapshot, and numbers the next one without a gap', async () => {
      const agent = await tokenOf('agent');
      const [{ last }] = await query<{ last: number }>(
        target,
        `SELECT max(sequence)::int AS last FROM incident WHERE year = 2026`,
      );
      // The entries the snapshot saw are all there; those written after it are not.
      const restored = await query<{ number: string }>(target, `SELECT number FROM incident`);
      const numbers = new Set(restored.map((row) => row.number));
      for (const written of writtenDuring) {
        expect(numbers.has(written.number)).toBe(Number(written.number.slice(-6)) <= last);
      }
      expect(restored.length).toBe(manifest.chain.entries);
      const next = (
        await http
          .post('/api/incidents')
          .set(...bearer(agent))
          .send({
            occurredAt: `${TODAY}T11:00:00+02:00`,
            category: 'TRAFFIC.PARKING',
            location: { address: '1 place du Marché', quartier: 'BOURG' },
            summary: 'Après la restauration',
            description: 'Première entrée de la base restaurée.',
            agentIds: [lefebvre],
          })
          .expect(201)
      ).body as IncidentResponse;
      expect(Number(next.number.slice(-6))).toBe(last + 1);
      const chief = await tokenOf('chef');
      const integrity = (
        await http
          .get('/api/incidents/integrity')
          .set(...bearer(chief))
          .expect(200)
      ).body as IntegrityResponse;
      expect(integrity).toMatchObject({ ok: true, head: { seq: manifest.chain.head!.seq + 1 } });
    });

    it('refuses to restore over it (not empty) without --force, and changes nothing', async () => {
      const before = await query<{ n: number }>(target, `SELECT count(*)::int AS n FROM incident`);
      const refused = await refusal(restoreInto(target, configFor(target), archive, { force: false }));
      expect(refused.code).toBe('BACKUP_TARGET_NOT_EMPTY');
      expect(refused.message).toMatch(/--force/);
      expect(await query(target, `SELECT count(*)::int AS n FROM incident`)).toEqual(before);
      // Told --force, it replaces the database by the archive: the entry written since is gone.
      const report = await restoreInto(target, configFor(target), archive, {
        force: true,
        now: new Date(`${TODAY}T12:00:00Z`),
      });
      expect(report).toMatchObject({ head: manifest.chain.head, entries: manifest.chain.entries });
    });
  });

  it('refuses a truncated archive and a foreign file, in French, writing nothing', async () => {
    const db = await emptyDatabase();
    drops.push(db.drop);
    const config = configFor(db.url);
    const other = await mkdtemp(join(tmpdir(), 'vigie-damaged-'));
    try {
      const name = 'vigie-2026-06-15T10-00-00Z.vigie-backup';
      const cut = join(other, name);
      await copyFile(archive, cut);
      await copyFile(join(dir, manifestFileName(name)), join(other, manifestFileName(name)));
      await truncate(cut, Math.floor(manifest.archive.bytes / 2));
      expect(await refusal(restoreInto(db.url, config, cut, { force: false }))).toEqual({
        code: 'BACKUP_CHECKSUM_MISMATCH',
        message: expect.stringMatching(/SHA-256.*Rien n’a été restauré/),
      });
      // Cut short with a manifest made for it (a copy interrupted, then « fixed »): the read sees it.
      const { createHash } = await import('node:crypto');
      const bytes = await readFile(cut);
      const forged = {
        ...manifest,
        archive: {
          ...manifest.archive,
          bytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
        },
      };
      await writeFile(join(other, manifestFileName(name)), JSON.stringify(forged));
      expect(await refusal(restoreInto(db.url, config, cut, { force: false }))).toEqual({
        code: 'BACKUP_NOT_AN_ARCHIVE',
        message: expect.stringMatching(/incomplète ou abîmée/),
      });

      const foreign = join(other, 'vigie-2026-06-16T10-00-00Z.vigie-backup');
      const junk = Buffer.from('PGDMP… an archive of some other program');
      await writeFile(foreign, junk);
      expect((await refusal(restoreInto(db.url, config, foreign, { force: false }))).code).toBe(
        'BACKUP_MANIFEST_MISSING',
      );
      await writeFile(
        join(other, manifestFileName('vigie-2026-06-16T10-00-00Z.vigie-backup')),
        JSON.stringify({
          ...manifest,
          archive: { ...manifest.archive, sha256: createHash('sha256').update(junk).digest('hex') },
        }),
      );
      expect(await refusal(restoreInto(db.url, config, foreign, { force: false }))).toEqual({
        code: 'BACKUP_NOT_AN_ARCHIVE',
        message: 'Ce fichier n’est pas une archive de sauvegarde de Vigie. Rien n’a été restauré.',
      });
      expect(await tableCount(db.url)).toBe(0);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('erases, before serving, what an old archive holds past its retention', async () => {
    const db = await emptyDatabase();
    drops.push(db.drop);
    // Restored three years and a month after the archive: every entry of it is past 3 years.
    const report = await restoreInto(db.url, configFor(db.url), archive, {
      force: false,
      now: new Date('2029-07-20T10:00:00Z'),
    });
    expect(report.purge.incidents).toBe(manifest.chain.entries);
    const ids = writtenDuring.map((written) => `'${written.id}'`).join(', ');
    // Each entry is erased in place (CNIL AU-016: 3 years): its content gone, its number and links kept.
    expect(
      await query(
        db.url,
        `SELECT id FROM incident WHERE id IN (${ids}) AND (erased_at IS NULL OR summary <> '' OR description <> '')`,
      ),
    ).toEqual([]);
    // Every entry of the archive is still there, erased: none has content left.
    expect(
      await query(db.url, `SELECT count(*)::int AS n FROM incident WHERE erased_at IS NULL OR summary <> ''`),
    ).toEqual([{ n: 0 }]);
    expect(
      await query(db.url, `SELECT incident_id FROM incident_search WHERE incident_id IN (${ids})`),
    ).toEqual([]);
    // The chain still verifies with the erased entries: the manifest's head and count.
    expect(report.head).toEqual(manifest.chain.head);
    expect(report.entries).toBe(manifest.chain.entries);
    expect(report.lines.at(-1)).toMatch(/dont \d+ effacées/);
  });

  it('encrypts the archive with VIGIE_BACKUP_KEY, and restores it only with that key', async () => {
    const key = randomBytes(32).toString('hex');
    const encryptedDir = await mkdtemp(join(tmpdir(), 'vigie-encrypted-'));
    try {
      const { path, manifest: sealed } = await backupOnce(
        source.databaseUrl,
        configFor(source.databaseUrl, { VIGIE_BACKUP_KEY: key }),
        { dir: encryptedDir, now: new Date(`${TODAY}T11:00:00Z`) },
      );
      expect(sealed.archive.encrypted).toBe(true);
      const bytes = await readFile(path);
      expect(bytes.subarray(0, 8).toString('latin1')).toBe('VIGIEENC');
      expect(bytes.includes(Buffer.from('VIGIEBAK'))).toBe(false);
      const db = await emptyDatabase();
      drops.push(db.drop);
      const withoutKey = await refusal(restoreInto(db.url, configFor(db.url), path, { force: false }));
      expect(withoutKey).toMatchObject({
        code: 'BACKUP_KEY_REFUSED',
        message: expect.stringMatching(/chiffrée/),
      });
      const otherKey = configFor(db.url, { VIGIE_BACKUP_KEY: randomBytes(32).toString('hex') });
      expect((await refusal(restoreInto(db.url, otherKey, path, { force: false }))).code).toBe(
        'BACKUP_KEY_REFUSED',
      );
      expect(await tableCount(db.url)).toBe(0);
      const report = await restoreInto(db.url, configFor(db.url, { VIGIE_BACKUP_KEY: key }), path, {
        force: false,
        now: new Date(`${TODAY}T12:00:00Z`),
      });
      expect(report.head).toEqual(sealed.chain.head);
      expect(report.entries).toBe(sealed.chain.entries);
    } finally {
      await rm(encryptedDir, { recursive: true, force: true });
    }
  });

  it('archives large tables whole: every row read is a row restored (chunks of the driver copied)', async () => {
    await source.owner.query(
      `INSERT INTO audit_event (service_id, action, entity, entity_id, details)
       SELECT $1::uuid, 'READ', 'incident', md5(i::text), jsonb_build_object('note', repeat(md5(i::text), 4))
         FROM generate_series(1, 30000) AS i`,
      [DEMO_SERVICES.lomme.id],
    );
    const large = await mkdtemp(join(tmpdir(), 'vigie-large-'));
    try {
      const { path, manifest: big } = await backupOnce(source.databaseUrl, configFor(source.databaseUrl), {
        dir: large,
        now: new Date(`${TODAY}T13:00:00Z`),
      });
      expect(big.tables.audit_event).toBeGreaterThan(30000);
      const db = await emptyDatabase();
      drops.push(db.drop);
      await restoreInto(db.url, configFor(db.url), path, {
        force: false,
        now: new Date(`${TODAY}T14:00:00Z`),
      });
      const [{ n }] = await query<{ n: number }>(
        db.url,
        `SELECT count(*)::int AS n FROM audit_event WHERE entity_id IS NOT NULL`,
      );
      const [{ m }] = await query<{ m: number }>(
        source.databaseUrl,
        `SELECT count(*)::int AS m FROM audit_event WHERE entity_id IS NOT NULL`,
      );
      expect(n).toBeGreaterThanOrEqual(30000);
      expect(n).toBe(m);
    } finally {
      await rm(large, { recursive: true, force: true });
    }
  });
});
