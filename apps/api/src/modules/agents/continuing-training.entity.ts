import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';
import type { Agent } from './agent.entity';

/**
 * A continuing-training course the agent completed (formation continue obligatoire, CNFPT), with
 * the days it counts. Apart from the absences: an absence TRAINING plans him away from the roster,
 * whatever the training; this records what was done and counts toward the obligation.
 */
@Entity({ name: 'continuing_training' })
@Index('ix_continuing_training_agent', ['agentId', 'date'])
@Check('ck_continuing_training_days', 'days BETWEEN 1 AND 60')
export class ContinuingTrainingRecord extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agentId!: string;

  @ManyToOne('Agent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_continuing_training_agent' })
  agent?: Agent;

  /** First day of the course. */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'integer' })
  days!: number;

  @Column({ type: 'text' })
  title!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
