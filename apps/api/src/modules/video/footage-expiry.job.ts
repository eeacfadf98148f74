import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';

import { JobRuns } from '../../common/jobs/job-runs';
import { FootageRequestsService } from './footage-requests.service';

const FIVE_MINUTES_MS = 300_000;

/** Every five minutes, on one node: requests whose images were overwritten before extraction expire. */
@Injectable()
export class FootageExpiryJob {
  private readonly logger = new Logger('Vidéoprotection');

  constructor(
    private readonly requests: FootageRequestsService,
    private readonly jobs: JobRuns,
  ) {}

  @Cron(CronExpression.EVERY_5_MINUTES, { name: 'footage-expiry' })
  async run(): Promise<void> {
    await this.jobs.tick(
      'footage-expiry',
      this.jobs.every(FIVE_MINUTES_MS),
      () => this.requests.expireDue(),
      this.logger,
      'Expiration des réquisitions impossible',
    );
  }
}
