import { Module } from '@nestjs/common';

import { AgentsModule } from '../agents/agents.module';
import { RecruitmentController } from './recruitment.controller';
import { RecruitmentRepository } from './recruitment.repository';
import { RecruitmentService } from './recruitment.service';

@Module({
  imports: [AgentsModule],
  controllers: [RecruitmentController],
  providers: [RecruitmentService, RecruitmentRepository],
  exports: [RecruitmentService, RecruitmentRepository],
})
export class RecruitmentModule {}
