import { Global, Module } from '@nestjs/common';

import { AuditService } from '../../common/audit/audit.service';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditQueryService } from './audit-query.service';

/** The audit trail: AuditService for every module (the retention purges through AuditRepository), and the chief's `GET /api/audit`. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditQueryService, AuditRepository],
  exports: [AuditService, AuditRepository],
})
export class AuditModule {}
