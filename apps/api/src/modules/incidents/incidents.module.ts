import { Module } from '@nestjs/common';

import { IdempotencyModule } from '../../common/idempotency/idempotency.module';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AgentsModule } from '../agents/agents.module';
import { ServicesModule } from '../services/services.module';
import { VideoModule } from '../video/video.module';
import { IncidentChain } from './incident-chain';
import { IncidentPhotosRepository } from './incident-photos.repository';
import { IncidentPhotosService } from './incident-photos.service';
import { IncidentStatsService } from './incident-stats.service';
import { IncidentsController } from './incidents.controller';
import { IncidentsRepository } from './incidents.repository';
import { IncidentsService } from './incidents.service';
import { PhotoStore, photoStoreOf } from './photo-store';

@Module({
  imports: [AgentsModule, VideoModule, IdempotencyModule, ServicesModule],
  controllers: [IncidentsController],
  providers: [
    IncidentsService,
    IncidentsRepository,
    IncidentStatsService,
    IncidentChain,
    IncidentPhotosRepository,
    IncidentPhotosService,
    { provide: PhotoStore, useFactory: (config: AppConfig) => photoStoreOf(config), inject: [APP_CONFIG] },
  ],
  exports: [IncidentsService, IncidentsRepository, IncidentChain, IncidentPhotosService, PhotoStore],
})
export class IncidentsModule {}
