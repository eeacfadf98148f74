import { Injectable } from '@nestjs/common';
import { AuditEventResponse, AuditPageResponse, AuditQueryDto } from '@vigie/shared';
import { DataSource } from 'typeorm';

import { AuditEvent } from '../../common/audit/audit-event.entity';
import { decodeCursor, invalidCursor, pageSize, toPage } from '../../common/http/cursor';

@Injectable()
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: AuditQueryDto): Promise<AuditPageResponse> {
    const limit = pageSize(query.limit);
    const qb = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      // The identity grows with insertion: a stable keyset, unlike `at` (microseconds).
      .orderBy('e.id', 'DESC')
      .limit(limit + 1);
    if (query.entity) qb.andWhere('e.entity = :entity', { entity: query.entity });
    if (query.entityId) qb.andWhere('e.entityId = :entityId', { entityId: query.entityId });
    if (query.actorId) qb.andWhere('e.actorId = :actorId', { actorId: query.actorId });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.cursor) {
      const [id] = decodeCursor(query.cursor, ['string']);
      if (!/^\d{1,18}$/.test(String(id))) throw invalidCursor();
      qb.andWhere('e.id < :id', { id });
    }
    const rows = await qb.getMany();
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
