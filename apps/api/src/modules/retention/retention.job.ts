import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { SERVICE_TIME_ZONE } from '@vigie/shared';

import { JobRuns } from '../../common/jobs/job-runs';
import { BackupService } from '../backup/backup.service';
import { RetentionService } from './retention.service';

/**
 * Every night at 03:30 (Paris): what is past its retention is deleted, then the database is backed
 * up — after the purge, so that no archive holds what the night's purge erased. Every API process
 * fires; one of them does the night's work (JobRuns).
 */
@Injectable()
export class RetentionJob {
  private readonly logger = new Logger('Conservation');

  constructor(
    private readonly retention: RetentionService,
    private readonly backups: BackupService,
    private readonly jobs: JobRuns,
  ) {}

  @Cron('0 30 3 * * *', { name: 'retention-purge', timeZone: SERVICE_TIME_ZONE })
  async run(): Promise<void> {
    await this.jobs.tick(
      'retention-purge',
      this.jobs.nightly(),
      () => this.night(),
      this.logger,
      'Tâche de nuit impossible',
    );
  }

  private async night(): Promise<void> {
    try {
      const report = await this.retention.purge();
      this.logger.log(
        `Purge : ${report.footageRequests} réquisition(s), ${report.candidates} candidat(s), ` +
          `${report.auditEvents} événement(s) du journal, ${report.incidents} entrée(s) de main courante effacée(s)` +
          (report.tampered ? `, ${report.tampered} entrée(s) échue(s) gardée(s) car altérée(s).` : '.'),
      );
    } catch (error) {
      // The database may be away for a moment: the next night catches up.
      this.logger.error(`Purge impossible : ${(error as Error).message}`);
    }
    await this.backups.nightly();
  }
}
