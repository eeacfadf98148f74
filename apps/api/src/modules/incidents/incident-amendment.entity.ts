import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';

/** A complement to an entry (its correction): author, time, text. Never updated nor deleted. */
@Entity({ name: 'incident_amendment' })
@Index('ix_incident_amendment_incident', ['incidentId', 'createdAt'])
export class IncidentAmendment extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  incidentId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text', nullable: true })
  authorLogin!: string | null;

  /** Set by the service (hashed), millisecond precision. */
  @Column({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
