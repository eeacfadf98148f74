import 'reflect-metadata';

import { join, resolve } from 'node:path';

import { ConfigError, loadConfig } from './config/app-config';
import { embeddedDataDir, EmbeddedPostgres, EmbeddedPostgresError } from './database/embedded-postgres';
import { checkArchive, RestoreError } from './modules/backup/restore';
import { restoreInto } from './modules/backup/run';

/**
 * `npm run restore <archive> [--force]`: checks the archive (manifest, SHA-256, one full read)
 * before touching anything, then restores it into DATABASE_URL or the embedded data directory
 * (a new one when VIGIE_DATA_DIR names an empty folder), applies the retention purge and verifies
 * the chain against the manifest. Refused: a non-empty target without --force, a running Vigie.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const archive = args.find((arg) => !arg.startsWith('--'));
  if (!archive) throw new ConfigError('Usage : npm run restore -- <archive.vigie-backup> [--force]');
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const path = resolve(archive);
  const checked = await checkArchive(path, config.backup.key);
  let embedded: EmbeddedPostgres | null = null;
  let url = config.databaseUrl;
  try {
    if (!url) {
      const dataDir = join(embeddedDataDir(config.dataDir, { explicit: config.dataDirExplicit }), 'pg');
      if (await EmbeddedPostgres.running(dataDir)) {
        throw new RestoreError(
          'BACKUP_TARGET_IN_USE',
          `Vigie tourne sur ${dataDir} : arrêtez-le (Ctrl-C) avant de restaurer. Rien n’a été restauré.`,
        );
      }
      process.stdout.write(`Restauration dans la base embarquée ${dataDir}.\n`);
      embedded = await EmbeddedPostgres.start({ dataDir, database: 'vigie' });
      url = embedded.url('vigie');
    }
    const report = await restoreInto(url, config, path, { force, checked });
    process.stdout.write(
      `${[...report.lines, 'Restauration terminée : Vigie peut démarrer (npm start).'].join('\n')}\n`,
    );
  } finally {
    await embedded?.stop().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError || error instanceof EmbeddedPostgresError || error instanceof RestoreError;
  process.stderr.write(
    `${known ? error.message : `Restauration impossible : ${error instanceof Error ? error.message : String(error)}`}\n`,
  );
  process.exit(1);
});
