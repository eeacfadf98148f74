import { Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module';
import { PlanningModule } from '../planning/planning.module';
import { ServicesModule } from '../services/services.module';
import { PlatformController } from './platform.controller';
import { PlatformService } from './platform.service';

/** The platform's accounts: open services and their first chief, and nothing else. */
@Module({
  imports: [AuthModule, PlanningModule, ServicesModule],
  controllers: [PlatformController],
  providers: [PlatformService],
})
export class PlatformModule {}
