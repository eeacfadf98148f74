import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';

import { FootageRequestsService } from './footage-requests.service';

/** Every five minutes: requests whose images were overwritten before extraction expire. */
@Injectable()
export class FootageExpiryJob {
  private readonly logger = new Logger('Vidéoprotection');

  constructor(private readonly requests: FootageRequestsService) {}

  @Cron(CronExpression.EVERY_5_MINUTES, { name: 'footage-expiry' })
  async run(): Promise<void> {
    try {
      await this.requests.expireDue();
    } catch (error) {
      // The database may be away for a moment: the next run catches up.
      this.logger.error(`Expiration des réquisitions impossible : ${(error as Error).message}`);
    }
  }
}
