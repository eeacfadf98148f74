import { Module } from '@nestjs/common';

import { AgentsModule } from '../agents/agents.module';
import { ServicesModule } from '../services/services.module';
import { CamerasController } from './cameras.controller';
import { CamerasRepository } from './cameras.repository';
import { CamerasService } from './cameras.service';
import { FootageExpiryJob } from './footage-expiry.job';
import { FootageRequestsController } from './footage-requests.controller';
import { FootageRequestsRepository } from './footage-requests.repository';
import { FootageRequestsService } from './footage-requests.service';

@Module({
  imports: [AgentsModule, ServicesModule],
  controllers: [CamerasController, FootageRequestsController],
  providers: [
    CamerasService,
    CamerasRepository,
    FootageRequestsService,
    FootageRequestsRepository,
    FootageExpiryJob,
  ],
  exports: [CamerasService, FootageRequestsService, FootageRequestsRepository],
})
export class VideoModule {}
