import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { AuditEvent } from '../../common/audit/audit-event.entity';

/** What the trail's reader may filter on. */
export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
}

/** The audit trail as the chief reads it. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Deletes the events older than `before`; answers how many. */
  async purgeBefore(manager: EntityManager, before: Date): Promise<number> {
    const [, count] = await manager.query<[unknown[], number]>(`DELETE FROM audit_event WHERE at < $1`, [
      before,
    ]);
    return count;
  }

  /** `take` events, newest first, before the event `beforeId` when given. */
  page(filter: AuditFilter, take: number, beforeId?: string): Promise<AuditEvent[]> {
    const qb = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      // The identity grows with insertion: a stable keyset, unlike `at` (microseconds).
      .orderBy('e.id', 'DESC')
      .limit(take);
    if (filter.entity) qb.andWhere('e.entity = :entity', { entity: filter.entity });
    if (filter.entityId) qb.andWhere('e.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId) qb.andWhere('e.actorId = :actorId', { actorId: filter.actorId });
    if (filter.action) qb.andWhere('e.action = :action', { action: filter.action });
    if (beforeId !== undefined) qb.andWhere('e.id < :id', { id: beforeId });
    return qb.getMany();
  }
}
