import 'reflect-metadata';

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { ConfigError, loadConfig } from './config/app-config';
import { embeddedDataDir, EmbeddedPostgres, EmbeddedPostgresError } from './database/embedded-postgres';
import { backupDirOf } from './modules/backup/backup.service';
import { backupOnce } from './modules/backup/run';

/**
 * `npm run backup [--out DIR]`: an archive of the database (DATABASE_URL, or the embedded one,
 * running or not: a stopped server is started for the backup and stopped after), its manifest
 * beside it, the rotation applied. The last line printed is the archive's path.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  if (outAt >= 0 && !args[outAt + 1]) throw new ConfigError('--out : donnez le dossier des sauvegardes.');
  const config = loadConfig();
  let embedded: EmbeddedPostgres | null = null;
  let started = false;
  let url = config.databaseUrl;
  try {
    if (!url) {
      const dataDir = join(embeddedDataDir(config.dataDir, { explicit: config.dataDirExplicit }), 'pg');
      if (!existsSync(join(dataDir, 'PG_VERSION'))) {
        throw new ConfigError(
          `Aucune base embarquée dans ${dataDir} : rien à sauvegarder (lancez « npm start » d’abord).`,
        );
      }
      embedded = await EmbeddedPostgres.running(dataDir);
      if (!embedded) {
        process.stdout.write(
          `PostgreSQL embarqué arrêté : démarrage le temps de la sauvegarde (${dataDir}).\n`,
        );
        embedded = await EmbeddedPostgres.start({ dataDir });
        started = true;
      }
      url = embedded.url('vigie');
    }
    const dir = outAt >= 0 ? resolve(args[outAt + 1]) : backupDirOf(config);
    const began = Date.now();
    const { path, manifestPath, manifest, dropped } = await backupOnce(url, config, { dir });
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    const head = manifest.chain.head;
    process.stdout.write(
      [
        `Sauvegarde faite en ${seconds} s : ${manifest.archive.bytes} octets${manifest.archive.encrypted ? ', chiffrée (AES-256-GCM)' : ''}.`,
        `Main courante : ${manifest.chain.entries} entrée(s), tête de chaîne ${head ? `n° ${head.seq} ${head.hash}` : 'aucune'}.`,
        `Manifeste : ${manifestPath} (SHA-256 ${manifest.archive.sha256}).`,
        ...(dropped.length ? [`Rotation : ${dropped.length} ancienne(s) archive(s) supprimée(s).`] : []),
        path,
        '',
      ].join('\n'),
    );
  } finally {
    if (started) await embedded?.stop().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof EmbeddedPostgresError;
  process.stderr.write(
    `${known ? error.message : `Sauvegarde impossible : ${error instanceof Error ? error.message : String(error)}`}\n`,
  );
  process.exit(1);
});
