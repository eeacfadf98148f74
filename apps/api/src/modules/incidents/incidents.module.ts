import { Module } from '@nestjs/common';

import { VideoModule } from '../video/video.module';
import { IncidentChain } from './incident-chain';
import { IncidentStatsService } from './incident-stats.service';
import { IncidentsController } from './incidents.controller';
import { IncidentsRepository } from './incidents.repository';
import { IncidentsService } from './incidents.service';

@Module({
  imports: [VideoModule],
  controllers: [IncidentsController],
  providers: [IncidentsService, IncidentsRepository, IncidentStatsService, IncidentChain],
  exports: [IncidentsService, IncidentChain],
})
export class IncidentsModule {}
