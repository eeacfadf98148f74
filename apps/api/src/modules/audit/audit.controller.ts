import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ACCESS, AuditPageResponse, AuditQueryDto } from '@vigie/shared';

import { Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuditQueryService } from './audit-query.service';

@ApiTags('audit')
@SignedIn()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  /** Who read or changed what, most recent first. */
  @Get()
  @Roles(...ACCESS.readAudit)
  list(@Query() query: AuditQueryDto): Promise<AuditPageResponse> {
    return this.audit.list(query);
  }
}
