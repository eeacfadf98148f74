import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { BackupErrorCode, BackupManifest, manifestFileName, parseManifest } from '@vigie/shared';
import type { PoolClient } from 'pg';
import { DataSource, MigrationExecutor } from 'typeorm';

import { dataSourceOptions } from '../../database/data-source';
import { MIGRATIONS } from '../../database/migrations';
import { ArchiveError, readFrames, sha256Of } from './archive';
import { CopyIn } from './copy-stream';
import type { ArchiveHeader, TableOfArchive } from './dump';

/** A restore refused or failed, with its precise code and a French message; nothing was changed. */
export class RestoreError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface CheckedArchive {
  manifest: BackupManifest;
  header: ArchiveHeader;
}

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Everything that can be known of an archive before the target is touched: its manifest, its
 * SHA-256 against the manifest's, then one full read (decrypted, decompressed, every frame, every
 * table's row count against the manifest's) and a schema this Vigie knows.
 */
export async function checkArchive(path: string, key: Buffer | null): Promise<CheckedArchive> {
  const exists = await stat(path).catch(() => null);
  if (!exists?.isFile()) throw new RestoreError('BACKUP_NOT_AN_ARCHIVE', `Archive introuvable : ${path}.`);
  const manifestPath = join(dirname(path), manifestFileName(basename(path)));
  const manifestText = await readFile(manifestPath, 'utf8').catch(() => null);
  if (manifestText === null) {
    throw new RestoreError(
      'BACKUP_MANIFEST_MISSING',
      `Manifeste introuvable (${manifestPath}) : sans lui, l’archive ne peut pas être vérifiée ; rien n’a été restauré.`,
    );
  }
  const manifest = parseManifest(manifestText);
  if (typeof manifest === 'string') throw new RestoreError('BACKUP_NOT_AN_ARCHIVE', manifest);
  if ((await sha256Of(path)) !== manifest.archive.sha256) {
    throw new RestoreError(
      'BACKUP_CHECKSUM_MISMATCH',
      'L’archive ne correspond pas à son manifeste (empreinte SHA-256 différente) : elle est abîmée, ' +
        'tronquée ou remplacée. Rien n’a été restauré.',
    );
  }
  let header: ArchiveHeader | null = null;
  let table: TableOfArchive | null = null;
  let rows = 0;
  try {
    for await (const frame of readFrames(path, key)) {
      if (frame.type === 'H') header = JSON.parse(frame.payload.toString('utf8')) as ArchiveHeader;
      else if (!header) throw notVigie();
      else if (frame.type === 'T') {
        table = JSON.parse(frame.payload.toString('utf8')) as TableOfArchive;
        rows = 0;
      } else if (frame.type === 'D') rows += countRows(frame.payload);
      else if (frame.type === 'E') {
        const { rows: said } = JSON.parse(frame.payload.toString('utf8')) as { rows: number };
        if (!table || said !== rows || manifest.tables[table.name] !== rows) {
          throw notVigie(`table ${table?.name ?? '?'} : ${rows} lignes lues, ${said} annoncées`);
        }
        table = null;
      }
    }
  } catch (error) {
    if (error instanceof ArchiveError)
      throw new RestoreError(error.code, `${error.message} Rien n’a été restauré.`);
    if (error instanceof RestoreError) throw error;
    throw notVigie((error as Error).message);
  }
  if (header?.migration !== manifest.migration) throw notVigie();
  if (!MIGRATIONS.some((migration) => migration.name === header.migration)) {
    throw new RestoreError(
      'BACKUP_SCHEMA_UNKNOWN',
      `L’archive vient d’une version plus récente de Vigie (migration ${header.migration}, inconnue ici) : ` +
        'restaurez-la avec cette version ou une plus récente. Rien n’a été restauré.',
    );
  }
  return { manifest, header };
}

function notVigie(why?: string): RestoreError {
  return new RestoreError(
    'BACKUP_NOT_AN_ARCHIVE',
    `Ce fichier n’est pas une archive de sauvegarde de Vigie lisible${why ? ` (${why})` : ''}. Rien n’a été restauré.`,
  );
}

/** COPY text: one row per newline (newlines inside values are escaped as `\n`). */
function countRows(payload: Buffer): number {
  let count = 0;
  let at = payload.indexOf(10);
  while (at !== -1) {
    count++;
    at = payload.indexOf(10, at + 1);
  }
  return count;
}

/** Whether the database holds any table of its own (an empty one has none). */
export async function isEmptyDatabase(ownerUrl: string): Promise<boolean> {
  const source = new DataSource({ ...dataSourceOptions(ownerUrl), extra: { max: 1 } });
  await source.initialize();
  try {
    const [{ tables }] = await source.query<{ tables: number }[]>(
      `SELECT count(*)::int AS tables FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
    );
    return tables === 0;
  } finally {
    await source.destroy();
  }
}

/**
 * Loads a checked archive into the database of `ownerUrl`, in one transaction: the schema of the
 * archive's migration (the migrations this Vigie ships, up to that one), then every table by COPY
 * with the triggers and foreign keys of the load off (`session_replication_role = replica`, as
 * `pg_restore --disable-triggers`: the rows were consistent in the snapshot they come from), then
 * the sequences. A non-empty target is refused unless `force`, which replaces its schema in the
 * same transaction. Any failure rolls everything back.
 */
export async function loadArchive(
  ownerUrl: string,
  path: string,
  key: Buffer | null,
  checked: CheckedArchive,
  options: { force: boolean },
): Promise<Record<string, number>> {
  if (!options.force && !(await isEmptyDatabase(ownerUrl))) {
    throw new RestoreError(
      'BACKUP_TARGET_NOT_EMPTY',
      'La base cible contient déjà des données : restaurez dans une base vide, ou ajoutez --force pour ' +
        'les remplacer par l’archive. Rien n’a été restauré.',
    );
  }
  const upTo = MIGRATIONS.findIndex((migration) => migration.name === checked.header.migration);
  const source = new DataSource({
    ...dataSourceOptions(ownerUrl),
    migrations: MIGRATIONS.slice(0, upTo + 1),
    extra: { max: 1 },
  });
  await source.initialize();
  const runner = source.createQueryRunner();
  const counts: Record<string, number> = {};
  try {
    const client = (await runner.connect()) as PoolClient;
    const [{ super: superuser }] = (
      await client.query<{ super: boolean }>(
        'SELECT rolsuper AS super FROM pg_roles WHERE rolname = current_user',
      )
    ).rows;
    if (!superuser) {
      throw new RestoreError(
        'BACKUP_RESTORE_ROLE',
        'Le rôle de DATABASE_URL doit être superutilisateur pour restaurer (les déclencheurs sont suspendus ' +
          'pendant le chargement, comme pg_restore --disable-triggers). Rien n’a été restauré.',
      );
    }
    await runner.startTransaction();
    await client.query('SET LOCAL statement_timeout = 0');
    if (options.force) {
      await client.query('DROP SCHEMA public CASCADE');
      await client.query('CREATE SCHEMA public');
    }
    const executor = new MigrationExecutor(source, runner);
    executor.transaction = 'none';
    await executor.executePendingMigrations();
    await client.query(`SET LOCAL session_replication_role = replica`);
    const tables = (
      await client.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'migration'`,
      )
    ).rows.map((row) => row.name);
    // What the migrations seeded (the school calendar…) is in the archive as it was then.
    if (tables.length)
      await client.query(`TRUNCATE ${tables.map((name) => `public.${quote(name)}`).join(', ')}`);
    let copy: CopyIn | null = null;
    let table: TableOfArchive | null = null;
    for await (const frame of readFrames(path, key)) {
      if (frame.type === 'T') {
        table = JSON.parse(frame.payload.toString('utf8')) as TableOfArchive;
        copy = CopyIn.into(
          client,
          `COPY public.${quote(table.name)} (${table.columns.map(quote).join(', ')}) FROM STDIN`,
        );
      } else if (frame.type === 'D' && copy) {
        if (!copy.write(frame.payload)) await new Promise((resolve) => copy!.once('drain', resolve));
      } else if (frame.type === 'E' && copy && table) {
        await new Promise<void>((resolve, reject) => {
          copy!.once('error', reject);
          copy!.end(() => resolve());
        });
        counts[table.name] = copy.rows;
        copy = null;
        table = null;
      }
    }
    for (const sequence of checked.header.sequences) {
      if (sequence.value === null) continue;
      await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [
        `public.${quote(sequence.name)}`,
        sequence.value,
      ]);
    }
    await runner.commitTransaction();
    return counts;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    if (error instanceof RestoreError) throw error;
    if (error instanceof ArchiveError)
      throw new RestoreError(error.code, `${error.message} Rien n’a été restauré.`);
    throw new RestoreError(
      'BACKUP_NOT_AN_ARCHIVE',
      `Le chargement de l’archive a échoué (${(error as Error).message}) : tout a été annulé, rien n’a été restauré.`,
    );
  } finally {
    await runner.release().catch(() => undefined);
    await source.destroy().catch(() => undefined);
  }
}
