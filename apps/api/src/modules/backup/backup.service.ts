import { join } from 'node:path';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  BACKUP_STALE_HOURS,
  BackupRunResponse,
  backupState,
  DashboardBackupResponse,
  maxBackupAgeMonths,
} from '@vigie/shared';
import type { PoolClient } from 'pg';
import { DataSource, Repository } from 'typeorm';

import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { embeddedDataDir } from '../../database/embedded-postgres';
import { BackupRun } from './backup-run.entity';
import { dumpDatabase, recordRun, rotate } from './dump';

/** Where archives go: VIGIE_BACKUP_DIR, else `backups/` beside the embedded cluster (`<data dir>/backups`). */
export function backupDirOf(config: AppConfig): string {
  if (config.backup.dir) return config.backup.dir;
  const dataDir = config.databaseUrl
    ? config.dataDir
    : embeddedDataDir(config.dataDir, { explicit: config.dataDirExplicit });
  return join(dataDir, 'backups');
}

/**
 * The nightly backup of the default run (after the retention purge, so an archive never holds
 * what the purge deleted that night) and what the dashboard says of the last one. It reads through
 * the app's own pool: COPY needs only SELECT.
 */
@Injectable()
export class BackupService {
  private readonly logger = new Logger('Sauvegarde');

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(BackupRun) private readonly runs: Repository<BackupRun>,
  ) {}

  /** One archive, the rotation, and the attempt recorded; never throws (the night goes on). */
  async nightly(): Promise<void> {
    if (!this.config.backup.nightly) return;
    const startedAt = this.clock.now();
    const runner = this.dataSource.createQueryRunner();
    try {
      const dir = backupDirOf(this.config);
      const client = (await runner.connect()) as PoolClient;
      const { path, manifest } = await dumpDatabase(client, {
        dir,
        key: this.config.backup.key,
        now: startedAt,
      });
      const dropped = await rotate(
        dir,
        this.config.backup.policy,
        startedAt,
        maxBackupAgeMonths(this.config.retention.incidentYears),
      );
      await recordRun(client, {
        startedAt,
        finishedAt: this.clock.now(),
        ok: true,
        trigger: 'NIGHTLY',
        archive: manifest.archive.file,
        bytes: manifest.archive.bytes,
        encrypted: manifest.archive.encrypted,
        error: null,
      });
      this.logger.log(
        `Sauvegarde écrite : ${path} (${manifest.archive.bytes} octets, ${manifest.chain.entries} entrée(s) de main courante)` +
          (dropped.length ? ` ; ${dropped.length} ancienne(s) supprimée(s) par la rotation.` : '.'),
      );
    } catch (error) {
      const message = (error as Error).message;
      this.logger.error(`Sauvegarde impossible : ${message}`);
      await this.runs
        .insert({
          startedAt,
          finishedAt: this.clock.now(),
          ok: false,
          trigger: 'NIGHTLY',
          archive: null,
          bytes: null,
          encrypted: this.config.backup.key !== null,
          error: message.slice(0, 500),
        })
        .catch(() => undefined);
    } finally {
      await runner.release();
    }
  }

  /** The dashboard's tile: the last success, the last attempt, and whether to warn. */
  async status(): Promise<DashboardBackupResponse> {
    const [lastAttempt] = await this.runs.find({ order: { startedAt: 'DESC' }, take: 1 });
    const [lastSuccess] = await this.runs.find({
      where: { ok: true },
      order: { startedAt: 'DESC' },
      take: 1,
    });
    const { state, message } = backupState(
      lastSuccess?.finishedAt.toISOString() ?? null,
      lastAttempt
        ? { at: lastAttempt.startedAt.toISOString(), ok: lastAttempt.ok, error: lastAttempt.error }
        : null,
      this.clock.now(),
    );
    return {
      state,
      message,
      lastSuccess: lastSuccess ? runResponse(lastSuccess) : null,
      lastAttempt: lastAttempt ? runResponse(lastAttempt) : null,
      staleAfterHours: BACKUP_STALE_HOURS,
    };
  }
}

function runResponse(run: BackupRun): BackupRunResponse {
  return {
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    ok: run.ok,
    trigger: run.trigger,
    archive: run.archive,
    bytes: run.bytes === null ? null : Number(run.bytes),
    encrypted: run.encrypted,
    error: run.error,
  };
}
