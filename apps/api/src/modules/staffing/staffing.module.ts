import { Module } from '@nestjs/common';

import { AgentsModule } from '../agents/agents.module';
import { RecruitmentModule } from '../recruitment/recruitment.module';
import { StaffingController } from './staffing.controller';
import { StaffingRepository } from './staffing.repository';
import { StaffingService } from './staffing.service';

@Module({
  imports: [AgentsModule, RecruitmentModule],
  controllers: [StaffingController],
  providers: [StaffingService, StaffingRepository],
  exports: [StaffingService],
})
export class StaffingModule {}
