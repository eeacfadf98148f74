import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import {
  archiveFileName,
  BackupManifest,
  BackupPolicy,
  manifestFileName,
  rotateArchives,
} from '@vigie/shared';
import type { Client, PoolClient } from 'pg';

import { MIGRATIONS } from '../../database/migrations';
import { ArchiveWriter } from './archive';
import { CopyOut } from './copy-stream';

type Queryable = Client | PoolClient;

/** The migrations' own table: rebuilt by the migrations at restore, never copied. */
const MIGRATIONS_TABLE = 'migration';

/** The last migration this build knows. */
export function latestMigration(): string {
  return MIGRATIONS[MIGRATIONS.length - 1].name;
}

let cachedVersion: string | undefined;

/** Vigie's version, from the root package.json (found above the code, built or not). */
export function vigieVersion(): string {
  if (cachedVersion) return cachedVersion;
  let dir = __dirname;
  for (let depth = 0; depth < 10; depth++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'vigie' && manifest.version) return (cachedVersion = manifest.version);
    }
    dir = dirname(dir);
  }
  return (cachedVersion = 'inconnue');
}

export interface TableOfArchive {
  name: string;
  columns: string[];
}

export interface ArchiveHeader {
  format: 'vigie-backup';
  formatVersion: 1;
  createdAt: string;
  migration: string;
  sequences: { name: string; value: string | null }[];
}

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Writes an archive of the whole database into `dir` while writes go on: one REPEATABLE READ,
 * READ ONLY transaction, so every table, the sequences and the chain's head are of one instant
 * (each COPY reads the snapshot the transaction took at its first query). The file appears under
 * its final name only once complete, with its manifest beside it.
 */
export async function dumpDatabase(
  client: Queryable,
  options: { dir: string; key: Buffer | null; now: Date },
): Promise<{ path: string; manifestPath: string; manifest: BackupManifest }> {
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const file = archiveFileName(options.now);
  const path = join(options.dir, file);
  const partial = join(options.dir, `.${file}.partial`);
  const writer = new ArchiveWriter(partial, options.key);
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    // A million entries take longer than the app's 30 s statement limit.
    await client.query('SET LOCAL statement_timeout = 0');
    const migration = await migrationOf(client);
    const tables = await tablesOf(client);
    const sequences = (
      await client.query<{ name: string; value: string | null }>(
        `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
      )
    ).rows;
    const chain = await chainOf(client);
    const header: ArchiveHeader = {
      format: 'vigie-backup',
      formatVersion: 1,
      createdAt: options.now.toISOString(),
      migration,
      sequences,
    };
    await writer.frame('H', header);
    const counts: Record<string, number> = {};
    for (const table of tables) {
      await writer.frame('T', table);
      const copy = CopyOut.of(
        client,
        `COPY public.${quote(table.name)} (${table.columns.map(quote).join(', ')}) TO STDOUT`,
      );
      for await (const chunk of copy as AsyncIterable<Buffer>) await writer.data(chunk);
      counts[table.name] = copy.rows;
      await writer.frame('E', { rows: copy.rows });
    }
    await writer.frame('Z', { tables: tables.length });
    await client.query('COMMIT');
    const { bytes, sha256 } = await writer.close();
    const manifest: BackupManifest = {
      format: 'vigie-backup',
      formatVersion: 1,
      vigieVersion: vigieVersion(),
      createdAt: options.now.toISOString(),
      migration,
      chain,
      tables: counts,
      archive: { file, bytes, sha256, encrypted: options.key !== null },
    };
    const manifestPath = join(options.dir, manifestFileName(file));
    await writeFile(`${manifestPath}.partial`, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    await rename(partial, path);
    await rename(`${manifestPath}.partial`, manifestPath);
    return { path, manifestPath, manifest };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    writer.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** The schema's last migration; the app role may not read the migrations' table: then the code's. */
async function migrationOf(client: Queryable): Promise<string> {
  await client.query('SAVEPOINT migration_name');
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT name FROM ${quote(MIGRATIONS_TABLE)} ORDER BY timestamp DESC, id DESC LIMIT 1`,
    );
    await client.query('RELEASE SAVEPOINT migration_name');
    return rows[0]?.name ?? latestMigration();
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT migration_name');
    return latestMigration();
  }
}

/** Every table of the schema but the migrations', with its stored columns (generated ones are recomputed). */
export async function tablesOf(client: Queryable): Promise<TableOfArchive[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1
      GROUP BY c.relname
      ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows;
}

/** The main courante's chain at the snapshot: its head (or the anchor, all purged), entries and links. */
async function chainOf(client: Queryable): Promise<BackupManifest['chain']> {
  const { rows } = await client.query<{
    seq: string | null;
    hash: string | null;
    entries: number;
    links: number;
  }>(
    `SELECT head.seq::text AS seq, head.hash,
            (SELECT count(*)::int FROM incident) AS entries,
            (SELECT count(*)::int FROM incident_link) AS links
       FROM (SELECT 1) one
       LEFT JOIN LATERAL (
         SELECT seq, hash FROM incident_link
         UNION ALL SELECT seq, hash FROM incident_chain_anchor
         ORDER BY seq DESC LIMIT 1) head ON true`,
  );
  const [row] = rows;
  return {
    head: row.seq === null ? null : { seq: Number(row.seq), hash: row.hash! },
    entries: row.entries,
    links: row.links,
  };
}

/** Deletes the archives (and their manifests) the rotation no longer keeps; says which. */
export async function rotate(
  dir: string,
  policy: BackupPolicy,
  now: Date,
  maxAgeMonths: number,
): Promise<string[]> {
  const { drop } = rotateArchives(await readdir(dir), policy, now, maxAgeMonths);
  for (const file of drop) {
    await rm(join(dir, file), { force: true });
    await rm(join(dir, manifestFileName(file)), { force: true });
  }
  return drop;
}

/** Records an attempt for the dashboard (best effort: a database away must not hide the archive). */
export async function recordRun(
  client: Queryable,
  run: {
    startedAt: Date;
    finishedAt: Date;
    ok: boolean;
    trigger: 'NIGHTLY' | 'MANUAL';
    archive: string | null;
    bytes: number | null;
    encrypted: boolean;
    error: string | null;
  },
): Promise<void> {
  await client.query(
    `INSERT INTO backup_run (started_at, finished_at, ok, trigger, archive, bytes, encrypted, error)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [run.startedAt, run.finishedAt, run.ok, run.trigger, run.archive, run.bytes, run.encrypted, run.error],
  );
}
