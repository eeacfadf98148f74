import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ACCESS, ProcessingRegisterResponse } from '@vigie/shared';

import { Roles, SignedIn } from '../../common/auth/auth.decorators';
import { ProcessingRegisterService } from './processing-register.service';

@ApiTags('privacy')
@SignedIn()
@Controller('processing-register')
export class ProcessingRegisterController {
  constructor(private readonly register: ProcessingRegisterService) {}

  /** The record of processing (RGPD art. 30) of the running configuration, in French. */
  @Get()
  @Roles(...ACCESS.readProcessingRegister)
  get(): ProcessingRegisterResponse {
    return this.register.register();
  }
}
