// Backups proven by restoring them, at scale (issue 27): a million entries of the main courante
// (chained, bulk-loaded with COPY as in `scale`), then `npm run backup`'s command against the
// database while it is served, then `npm run restore`'s into an empty database — the whole of it:
// SHA-256 and full read of the archive, load, migrations, retention purge, chain verification.
// Goal: the restore of 1 M entries under 5 minutes on this machine.
import { statSync } from 'node:fs';
import { join } from 'node:path';

import { bulkLoadIncidents } from '../support/incidents.mjs';
import { runToEnd } from '../support/processes.mjs';
import { startVigie, tempDir } from '../support/vigie.mjs';

export const name = 'backup';
export const title = 'Backup and restore of a million entries';

const ROOT = new URL('../..', import.meta.url).pathname;
const cli = (file) => join(ROOT, 'dist/apps/api/apps/api/src', file);

export async function run({ quick, postgres, log }) {
  const server = await postgres();
  await server.ensureDatabase('bench_backup');
  const databaseUrl = server.url('bench_backup');
  const vigie = await startVigie({ databaseUrl, label: 'vigie-backup' });
  const count = quick ? 20_000 : 1_000_000;
  const loaded = await bulkLoadIncidents(databaseUrl, { count, years: 3, seed: 80, log: () => undefined });
  log(`${loaded.written} entries loaded in ${(loaded.totalMs / 1000).toFixed(0)} s`);

  const dir = tempDir('archives');
  const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'development' };
  let started = Date.now();
  const backup = await runToEnd(process.execPath, [cli('backup-cli.js'), '--out', dir], {
    env,
    label: 'backup',
  });
  const backupMs = Date.now() - started;
  const archive = backup.stdout.trim().split('\n').at(-1);
  const archiveBytes = statSync(archive).size;
  log(`backup: ${(backupMs / 1000).toFixed(1)} s, ${(archiveBytes / 1e6).toFixed(0)} MB`);
  await vigie.stop();

  await server.ensureDatabase('bench_restore');
  started = Date.now();
  const restore = await runToEnd(process.execPath, [cli('restore-cli.js'), archive], {
    env: { ...env, DATABASE_URL: server.url('bench_restore') },
    label: 'restore',
  });
  const restoreMs = Date.now() - started;
  log(`restore: ${(restoreMs / 1000).toFixed(1)} s`);
  const said = restore.stdout.trim().split('\n');

  const metrics = {
    entries: loaded.written,
    backup_ms: backupMs,
    archive_bytes: archiveBytes,
    restore_ms: restoreMs,
    restore_goal_ms: 300_000,
    restore_within_goal: restoreMs < 300_000,
  };
  const markdown = [
    `| entries | backup | archive | restore (checked, loaded, purged, chain verified) | goal |`,
    `| ---: | ---: | ---: | ---: | ---: |`,
    `| ${loaded.written.toLocaleString('en')} | ${(backupMs / 1000).toFixed(1)} s | ${(archiveBytes / 1e6).toFixed(0)} MB | ${(restoreMs / 1000).toFixed(1)} s | < 300 s ${restoreMs < 300_000 ? '✓' : '✗'} |`,
    '',
    'What the restore printed:',
    '',
    ...said.map((line) => `    ${line}`),
  ].join('\n');
  return { metrics, markdown };
}
