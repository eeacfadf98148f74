import { Injectable } from '@nestjs/common';
import { AuditEventResponse, AuditPageResponse, AuditQueryDto } from '@vigie/shared';

import { AuditEvent } from '../../common/audit/audit-event.entity';
import { decodeCursor, invalidCursor, pageSize, toPage } from '../../common/http/cursor';
import { AuditRepository } from './audit.repository';

@Injectable()
export class AuditQueryService {
  constructor(private readonly repository: AuditRepository) {}

  async list(query: AuditQueryDto): Promise<AuditPageResponse> {
    const limit = pageSize(query.limit);
    let beforeId: string | undefined;
    if (query.cursor) {
      const [id] = decodeCursor(query.cursor, ['string']);
      if (!/^\d{1,18}$/.test(String(id))) throw invalidCursor();
      beforeId = String(id);
    }
    const rows = await this.repository.page(query, limit + 1, beforeId);
    return toPage(rows, limit, toAuditResponse, (row) => [row.id]);
  }
}

function toAuditResponse(event: AuditEvent): AuditEventResponse {
  return {
    id: event.id,
    at: event.at.toISOString(),
    actorId: event.actorId,
    actorLogin: event.actorLogin,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    details: event.details as Record<string, unknown> | null,
  };
}
