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

import type { Agent } from './agent.entity';

/** A shooting-training session (séance d'entraînement au tir) with the rounds fired. */
@Entity({ name: 'shooting_session' })
@Index('ix_shooting_session_agent', ['agentId', 'date'])
@Check('ck_shooting_session_rounds', 'rounds BETWEEN 1 AND 1000')
export class ShootingSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agentId!: string;

  @ManyToOne('Agent', 'shootingSessions', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_shooting_session_agent' })
  agent?: Agent;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'integer' })
  rounds!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
