import { DerogableRule, DerogationKind } from '@vigie/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';

/**
 * A derogation to the working-time guarantees (décret 2000-815 art. 3 II): who decided, why, for
 * which agents and dates, which rule and to what limit. Never deleted: revoked, it stays on record
 * (the audit trail and past checks refer to it).
 */
@Entity({ name: 'derogation' })
@Index('ix_derogation_dates', ['startDate', 'endDate'])
@Check('ck_derogation_order', 'end_date >= start_date')
@Check('ck_derogation_agents', 'cardinality(agent_ids) >= 1')
@Check('ck_derogation_kind', `kind IN ('EXCEPTIONAL', 'PERMANENT')`)
@Check(
  'ck_derogation_rule',
  `rule IN ('DAILY_WORK', 'DAY_SPAN', 'DAILY_REST', 'BREAK', 'WEEKLY_HOURS', 'AVERAGE_WEEKLY_HOURS', 'WEEKLY_REST')`,
)
@Check('ck_derogation_limit', 'limit_value >= 0 AND limit_value <= 168')
export class Derogation extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: DerogationKind;

  @Column({ type: 'text' })
  rule!: DerogableRule;

  /** Hours (minutes for the break). */
  @Column({ type: 'double precision' })
  limitValue!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  decidedBy!: string;

  @Column({ type: 'uuid', array: true })
  agentIds!: string[];

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  /** The account that recorded it, and its name then (kept if the account goes). */
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'text', nullable: true })
  createdByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById!: string | null;

  @Column({ type: 'text', nullable: true })
  revokedByName!: string | null;

  @Column({ type: 'text', nullable: true })
  revokeReason!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
