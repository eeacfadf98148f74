import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { BackupService } from './backup.service';
import { BackupRun } from './backup-run.entity';

/** Backups: the nightly archive (run by the retention job, after its purge) and its status. */
@Module({
  imports: [TypeOrmModule.forFeature([BackupRun])],
  providers: [BackupService],
  exports: [BackupService],
})
export class BackupModule {}
