import type { WorkedCompensation } from '@vigie/shared';
import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';
import type { Agent } from '../agents/agent.entity';
import { Shift } from '../planning/shift.entity';

/**
 * What an agent actually worked on a shift, as a supervisor recorded it: an overrun, a shift cut
 * short, or a recall on a shift he was not on. One per shift and agent; the database itself refuses
 * two overlapping records of one agent. Kept when the roster changes: it is what the payroll paid.
 */
@Entity({ name: 'worked_time' })
@Index('uq_worked_time_shift_agent', ['shiftId', 'agentId'], { unique: true })
@Index('ix_worked_time_agent_time', ['agentId', 'startsAt'])
@Exclusion(
  'ex_worked_time_agent_overlap',
  'USING gist ("agent_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)',
)
@Check('ck_worked_time_order', 'ends_at > starts_at')
@Check('ck_worked_time_length', `ends_at - starts_at <= interval '24 hours'`)
@Check('ck_worked_time_reason', 'char_length(reason) BETWEEN 3 AND 500')
@Check('ck_worked_time_compensation', `compensation IN ('PAYMENT', 'REST')`)
export class WorkedTime extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  shiftId!: string;

  // RESTRICT: a shift whose hours were paid cannot vanish from under the payroll.
  @ManyToOne(() => Shift, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shift_id', foreignKeyConstraintName: 'fk_worked_time_shift' })
  shift?: Shift;

  @Column({ type: 'uuid' })
  agentId!: string;

  @ManyToOne('Agent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_worked_time_agent' })
  agent?: Agent;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', default: 'PAYMENT' })
  compensation!: WorkedCompensation;

  /** The account that recorded it last, and its name then (kept if the account goes). */
  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @Column({ type: 'text', nullable: true })
  recordedByName!: string | null;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
