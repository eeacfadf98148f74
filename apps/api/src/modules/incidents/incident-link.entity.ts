import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { ServiceKeyed } from '../../common/tenancy/service-owned';

export type LinkKind = 'ENTRY' | 'AMENDMENT' | 'STATUS';

/**
 * One link of the tamper-evident chain: every entry, amendment and status change in the order
 * written, `hash = SHA-256(canonical JSON of its content ‖ previous hash)`. Never updated.
 */
@Entity({ name: 'incident_link' })
@Index('uq_incident_link_ref', ['kind', 'refId'], { unique: true })
@Index('ix_incident_link_incident', ['incidentId', 'seq'])
@Check('ck_incident_link_kind', `kind IN ('ENTRY', 'AMENDMENT', 'STATUS')`)
export class IncidentLink extends ServiceKeyed {
  @PrimaryColumn({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'text' })
  kind!: LinkKind;

  /** The entry, amendment or status change. */
  @Column({ type: 'uuid' })
  refId!: string;

  @Column({ type: 'uuid' })
  incidentId!: string;

  @Column({ type: 'text' })
  previousHash!: string;

  @Column({ type: 'text' })
  hash!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
