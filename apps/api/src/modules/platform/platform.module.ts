import { Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module';
import { ServicesModule } from '../services/services.module';
import { PlatformController } from './platform.controller';
import { PlatformService } from './platform.service';

/** The platform's accounts: open services and their first chief, and nothing else. */
@Module({
  imports: [AuthModule, ServicesModule],
  controllers: [PlatformController],
  providers: [PlatformService],
})
export class PlatformModule {}
