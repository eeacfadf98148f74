import { IncidentStatus } from '@vigie/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';

/** A status change with its note. Never updated nor deleted. */
@Entity({ name: 'incident_status_change' })
@Index('ix_incident_status_change_incident', ['incidentId', 'createdAt'])
export class IncidentStatusChange extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  incidentId!: string;

  @Column({ type: 'text' })
  fromStatus!: IncidentStatus;

  @Column({ type: 'text' })
  toStatus!: IncidentStatus;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text', nullable: true })
  authorLogin!: string | null;

  /** Set by the service (hashed), millisecond precision. */
  @Column({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
