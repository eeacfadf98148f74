import { Module } from '@nestjs/common';

import { IdempotencyModule } from '../../common/idempotency/idempotency.module';
import { AgentsModule } from '../agents/agents.module';
import { VideoModule } from '../video/video.module';
import { IncidentChain } from './incident-chain';
import { IncidentStatsService } from './incident-stats.service';
import { IncidentsController } from './incidents.controller';
import { IncidentsRepository } from './incidents.repository';
import { IncidentsService } from './incidents.service';

@Module({
  imports: [AgentsModule, VideoModule, IdempotencyModule],
  controllers: [IncidentsController],
  providers: [IncidentsService, IncidentsRepository, IncidentStatsService, IncidentChain],
  exports: [IncidentsService, IncidentsRepository, IncidentChain],
})
export class IncidentsModule {}
