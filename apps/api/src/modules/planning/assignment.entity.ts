import {
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';
import type { Agent } from '../agents/agent.entity';
import { Shift } from './shift.entity';

/**
 * An agent on a shift. The shift's times are copied here (kept in step by the service) so that
 * the database itself refuses two overlapping assignments of one agent: an exclusion constraint
 * over (agent, time range), whatever the code does, under any concurrency.
 */
@Entity({ name: 'assignment' })
@Index('uq_assignment_shift_agent', ['shiftId', 'agentId'], { unique: true })
@Index('ix_assignment_agent_time', ['agentId', 'startsAt'])
@Exclusion(
  'ex_assignment_agent_overlap',
  'USING gist ("agent_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)',
)
export class Assignment extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  shiftId!: string;

  @ManyToOne(() => Shift, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_id', foreignKeyConstraintName: 'fk_assignment_shift' })
  shift?: Shift;

  @Column({ type: 'uuid' })
  agentId!: string;

  @ManyToOne('Agent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_assignment_agent' })
  agent?: Agent;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
