import { Module } from '@nestjs/common';

import { VideoModule } from '../video/video.module';
import { IncidentChain } from './incident-chain';
import { IncidentStatsService } from './incident-stats.service';
import { IncidentsController } from './incidents.controller';
import { IncidentsService } from './incidents.service';

@Module({
  imports: [VideoModule],
  controllers: [IncidentsController],
  providers: [IncidentsService, IncidentStatsService, IncidentChain],
  exports: [IncidentsService, IncidentChain],
})
export class IncidentsModule {}
