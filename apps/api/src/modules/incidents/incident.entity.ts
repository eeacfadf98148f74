import { IncidentStatus } from '@vigie/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';
import { oneOf } from '../../database/checks';
import type { ServiceQuartier } from '../services/service-quartier.entity';

/**
 * One entry of the main courante. Append-only: a trigger refuses any change but `status` (and
 * the retention purge's erasure of an expired entry's content).
 * Its French full-text document lives in `incident_search` (kept by a trigger, GIN-indexed).
 */
@Entity({ name: 'incident' })
@Index('uq_incident_number', ['serviceId', 'number'], { unique: true })
@Index('uq_incident_year_sequence', ['serviceId', 'year', 'sequence'], { unique: true })
@Index('ix_incident_occurred', ['serviceId', 'occurredAt', 'id'])
@Index('ix_incident_category', ['serviceId', 'category', 'occurredAt', 'id'])
@Index('ix_incident_quartier', ['serviceId', 'quartier', 'occurredAt', 'id'])
@Index('ix_incident_status', ['serviceId', 'status', 'occurredAt', 'id'])
@Check('ck_incident_status', oneOf('status', Object.values(IncidentStatus)))
@Check('ck_incident_summary', 'erased_at IS NOT NULL OR length(summary) BETWEEN 3 AND 200')
@Check('ck_incident_description', 'length(description) <= 10000')
export class Incident extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** MC-2026-000123 */
  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  sequence!: number;

  /** Millisecond precision: keyset cursors and hashes carry it exactly. */
  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  recordedAt!: Date;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  quartier!: string;

  /** The service's quartier it is filed under (same service: the key holds both). */
  @ManyToOne('ServiceQuartier', { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'service_id',
      referencedColumnName: 'serviceId',
      foreignKeyConstraintName: 'fk_incident_quartier',
    },
    { name: 'quartier', referencedColumnName: 'code', foreignKeyConstraintName: 'fk_incident_quartier' },
  ])
  quartierOfService?: ServiceQuartier;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng!: number | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'uuid', array: true })
  agentIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  cameraIds!: string[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  actions!: { kind: string; natinf: string | null; note: string | null }[];

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text', nullable: true })
  authorLogin!: string | null;

  /** The only column that changes, and only through a status change (which is itself a link). */
  @Column({ type: 'text', default: IncidentStatus.OPEN })
  status!: IncidentStatus;

  /**
   * When the retention purge erased its content (3 years after `recordedAt`): text, place,
   * people and authors blanked, number, dates, category, quartier and status kept; null before.
   */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;
}
