import { Module } from '@nestjs/common';

import { AgentsModule } from '../agents/agents.module';
import { PlanningModule } from '../planning/planning.module';
import { ArmouryController } from './armoury.controller';
import { ArmouryRepository } from './armoury.repository';
import { ArmouryService } from './armoury.service';

@Module({
  imports: [AgentsModule, PlanningModule],
  controllers: [ArmouryController],
  providers: [ArmouryService, ArmouryRepository],
  exports: [ArmouryService, ArmouryRepository],
})
export class ArmouryModule {}
