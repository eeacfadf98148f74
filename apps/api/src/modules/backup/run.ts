import { maxBackupAgeMonths } from '@vigie/shared';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { createApp } from '../../app.setup';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { IncidentChain } from '../incidents/incident-chain';
import { PurgeReport, RetentionService } from '../retention/retention.service';
import { dumpDatabase, recordRun, rotate } from './dump';
import { checkArchive, CheckedArchive, loadArchive, RestoreError } from './restore';

/**
 * What `npm run backup` and `npm run restore` do once they know their database (the embedded
 * server or DATABASE_URL): the commands themselves only find it and print. The integration test
 * calls these.
 */
export async function backupOnce(
  ownerUrl: string,
  config: AppConfig,
  options: { dir: string; now?: Date },
): Promise<
  { path: string; manifestPath: string; dropped: string[] } & Awaited<ReturnType<typeof dumpDatabase>>
> {
  const startedAt = options.now ?? new Date();
  const client = new Client({ connectionString: ownerUrl, application_name: 'vigie-backup' });
  await client.connect();
  try {
    try {
      const result = await dumpDatabase(client, { dir: options.dir, key: config.backup.key, now: startedAt });
      const dropped = await rotate(
        options.dir,
        config.backup.policy,
        startedAt,
        maxBackupAgeMonths(config.retention.incidentYears),
      );
      await recordRun(client, {
        startedAt,
        finishedAt: new Date(),
        ok: true,
        trigger: 'MANUAL',
        archive: result.manifest.archive.file,
        bytes: result.manifest.archive.bytes,
        encrypted: result.manifest.archive.encrypted,
        error: null,
      });
      return { ...result, dropped };
    } catch (error) {
      await recordRun(client, {
        startedAt,
        finishedAt: new Date(),
        ok: false,
        trigger: 'MANUAL',
        archive: null,
        bytes: null,
        encrypted: config.backup.key !== null,
        error: (error as Error).message.slice(0, 500),
      }).catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end();
  }
}

export interface RestoreReport {
  checked: CheckedArchive;
  loaded: Record<string, number>;
  purge: PurgeReport;
  head: { seq: number; hash: string } | null;
  entries: number;
  lines: string[];
}

/**
 * Restores a checked archive into `ownerUrl`, then, before anything serves it, brings it to this
 * Vigie's schema, applies the retention purge as of `now` (an old archive must not bring erased
 * data back) and verifies the chain against the manifest.
 */
export async function restoreInto(
  ownerUrl: string,
  config: AppConfig,
  archive: string,
  options: { force: boolean; now?: Date; checked?: CheckedArchive },
): Promise<RestoreReport> {
  const checked = options.checked ?? (await checkArchive(archive, config.backup.key));
  const { manifest } = checked;
  const lines = [
    `Archive vérifiée : ${manifest.archive.file}, SHA-256 conforme au manifeste (Vigie ${manifest.vigieVersion}, ` +
      `migration ${manifest.migration}, faite le ${manifest.createdAt}).`,
  ];
  const loaded = await loadArchive(ownerUrl, archive, config.backup.key, checked, { force: options.force });
  const rows = Object.values(loaded).reduce((sum, count) => sum + count, 0);
  lines.push(`Chargée : ${Object.keys(loaded).length} tables, ${rows} lignes.`);

  const app = await createApp(config, ownerUrl);
  try {
    // The purge and the chain's check judge retention at the same instant (a test sets it).
    if (options.now) app.get(Clock).set(options.now);
    const purge = await app.get(RetentionService).purge(options.now ?? new Date());
    lines.push(
      `Purge de conservation appliquée avant de servir : ${purge.incidents} entrée(s) de main courante, ` +
        `${purge.auditEvents} événement(s) du journal, ${purge.candidates} candidat(s), ` +
        `${purge.footageRequests} réquisition(s) effacés.`,
    );
    const dataSource = app.get(DataSource);
    const integrity = await dataSource.transaction('REPEATABLE READ', (manager) =>
      app.get(IncidentChain).verify(manager),
    );
    const [{ entries }] = await dataSource.query<{ entries: number }[]>(
      'SELECT count(*)::int AS entries FROM incident',
    );
    const head =
      integrity.head ??
      (integrity.anchor ? { seq: integrity.anchor.seq, hash: integrity.anchor.hash } : null);
    const expected = manifest.chain.head;
    const sameHead = head?.seq === expected?.seq && head?.hash === expected?.hash;
    // Expired entries are erased in place (content gone, number and links kept): the count holds.
    const sameCount = entries === manifest.chain.entries;
    const said = (h: { seq: number; hash: string } | null): string =>
      h ? `maillon n° ${h.seq} (${h.hash.slice(0, 16)}…)` : 'aucune';
    if (!integrity.ok || !sameHead || !sameCount) {
      throw new RestoreError(
        'BACKUP_CHAIN_MISMATCH',
        `La chaîne restaurée ne correspond pas au manifeste : ${integrity.problem ?? ''} tête ${said(head)} ` +
          `pour ${said(expected)}, ${entries} entrée(s) pour ${manifest.chain.entries} attendue(s). ` +
          'Ne servez pas cette base : restaurez une autre archive.',
      );
    }
    lines.push(
      `Chaîne vérifiée (${integrity.checked} maillons) : tête ${said(head)} et ${entries} entrée(s), ` +
        (purge.incidents
          ? `comme le manifeste (dont ${purge.incidents} effacées, leur durée de conservation passée).`
          : 'identiques au manifeste.'),
    );
    return { checked, loaded, purge, head, entries, lines };
  } finally {
    await app.close();
  }
}
