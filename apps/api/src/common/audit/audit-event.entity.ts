import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { ServiceOwned } from '../tenancy/service-owned';

/** Who read or changed what, and when. Written by AuditService, never updated. */
@Entity({ name: 'audit_event' })
@Index('ix_audit_event_at', ['at', 'id'])
@Index('ix_audit_event_entity', ['entity', 'entityId', 'at'])
@Index('ix_audit_event_actor', ['actorId', 'at'])
export class AuditEvent extends ServiceOwned {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  actorLogin!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  entity!: string;

  @Column({ type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details!: object | null;
}
