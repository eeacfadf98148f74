import { Module } from '@nestjs/common';

import { ProcessingRegisterController } from './processing-register.controller';
import { ProcessingRegisterService } from './processing-register.service';

/** What the service tells about its processing of personal data: the record of processing. */
@Module({
  controllers: [ProcessingRegisterController],
  providers: [ProcessingRegisterService],
})
export class PrivacyModule {}
