import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { NUMERIC_AS_NUMBER } from '../../common/db/numeric';
import { ServiceOwned } from '../../common/tenancy/service-owned';
import type { Agent } from '../agents/agent.entity';

/**
 * The balance carried into an agent's account of a year at its opening (a service or an agent
 * arriving mid-year): hours ahead or behind, and the leave and RTT days already taken. One per agent
 * and year, entered by HR or the chief with a reason (audited).
 */
@Entity({ name: 'time_account_opening' })
@Index('uq_time_account_opening_agent_year', ['agentId', 'year'], { unique: true })
@Check('ck_time_account_opening_year', 'year BETWEEN 2000 AND 2100')
@Check('ck_time_account_opening_hours', 'hours BETWEEN -1607 AND 1607')
// Leave is taken in half days.
@Check(
  'ck_time_account_opening_annual_leave',
  'annual_leave_taken BETWEEN 0 AND 27 AND annual_leave_taken * 2 = trunc(annual_leave_taken * 2)',
)
@Check('ck_time_account_opening_rtt', 'rtt_taken BETWEEN 0 AND 23 AND rtt_taken * 2 = trunc(rtt_taken * 2)')
@Check('ck_time_account_opening_reason', 'char_length(reason) BETWEEN 3 AND 500')
export class TimeAccountOpening extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agentId!: string;

  @ManyToOne('Agent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_time_account_opening_agent' })
  agent?: Agent;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: NUMERIC_AS_NUMBER })
  hours!: number;

  @Column({ type: 'numeric', precision: 3, scale: 1, transformer: NUMERIC_AS_NUMBER })
  annualLeaveTaken!: number;

  @Column({ type: 'numeric', precision: 3, scale: 1, transformer: NUMERIC_AS_NUMBER })
  rttTaken!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @Column({ type: 'text', nullable: true })
  recordedByName!: string | null;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
