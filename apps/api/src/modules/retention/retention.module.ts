import { Module } from '@nestjs/common';

import { IdempotencyModule } from '../../common/idempotency/idempotency.module';
import { ArmouryModule } from '../armoury/armoury.module';
import { BackupModule } from '../backup/backup.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { RecruitmentModule } from '../recruitment/recruitment.module';
import { VideoModule } from '../video/video.module';
import { RetentionJob } from './retention.job';
import { RetentionService } from './retention.service';

/** The daily purge of what is past its retention (durations in the configuration), then the backup. */
@Module({
  imports: [IncidentsModule, RecruitmentModule, VideoModule, BackupModule, IdempotencyModule, ArmouryModule],
  providers: [RetentionService, RetentionJob],
  exports: [RetentionService],
})
export class RetentionModule {}
