import { Module } from '@nestjs/common';

import { AgentsModule } from '../agents/agents.module';
import { CamerasController } from './cameras.controller';
import { CamerasService } from './cameras.service';
import { FootageExpiryJob } from './footage-expiry.job';
import { FootageRequestsController } from './footage-requests.controller';
import { FootageRequestsService } from './footage-requests.service';

@Module({
  imports: [AgentsModule],
  controllers: [CamerasController, FootageRequestsController],
  providers: [CamerasService, FootageRequestsService, FootageExpiryJob],
  exports: [CamerasService, FootageRequestsService],
})
export class VideoModule {}
