import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';

import { JobRuns } from '../../common/jobs/job-runs';
import { LoginThrottle } from './login-throttle';

const HOUR_MS = 3_600_000;

/** Every hour, on one node: failed sign-ins too old to count, and the job log's old rows, go. */
@Injectable()
export class LoginFailureJob {
  private readonly logger = new Logger('Connexions');

  constructor(
    private readonly throttle: LoginThrottle,
    private readonly jobs: JobRuns,
  ) {}

  @Cron(CronExpression.EVERY_HOUR, { name: 'login-failure-purge' })
  async run(): Promise<void> {
    await this.jobs.tick(
      'login-failure-purge',
      this.jobs.every(HOUR_MS),
      async () => {
        await this.throttle.purge();
        await this.jobs.purge();
      },
      this.logger,
      'Nettoyage des échecs de connexion impossible',
    );
  }
}
