import { Module } from '@nestjs/common';

import { AgentsModule } from '../agents/agents.module';
import { ArmouryModule } from '../armoury/armoury.module';
import { BackupModule } from '../backup/backup.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { PlanningModule } from '../planning/planning.module';
import { RecruitmentModule } from '../recruitment/recruitment.module';
import { StaffingModule } from '../staffing/staffing.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [
    AgentsModule,
    ArmouryModule,
    BackupModule,
    StaffingModule,
    PlanningModule,
    IncidentsModule,
    RecruitmentModule,
  ],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
