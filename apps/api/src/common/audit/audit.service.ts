import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { AuthenticatedUser } from '../auth/authenticated-user';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  actor: Pick<AuthenticatedUser, 'id' | 'login'> | null;
  /** e.g. `LOGIN`, `LOGIN_FAILED`, `READ`, `CREATE`, `UPDATE`. */
  action: string;
  /** e.g. `user`, `agent`, `incident`. */
  entity: string;
  entityId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown> | null;
}

/** Records who read or changed what. Pass the transaction's manager to record atomically. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditEvent, {
      details: entry.details ?? null,
      actorId: entry.actor?.id ?? null,
      actorLogin: entry.actor?.login ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      ip: entry.ip ?? null,
    });
  }
}
