import { Module } from '@nestjs/common';

import { IncidentChain } from './incident-chain';
import { IncidentStatsService } from './incident-stats.service';
import { IncidentsController } from './incidents.controller';
import { IncidentsService } from './incidents.service';

@Module({
  controllers: [IncidentsController],
  providers: [IncidentsService, IncidentStatsService, IncidentChain],
  exports: [IncidentsService, IncidentChain],
})
export class IncidentsModule {}
