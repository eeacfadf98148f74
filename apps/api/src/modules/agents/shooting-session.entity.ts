import { QualificationKind, TRAINED_WEAPONS } from '@vigie/shared';
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
import { oneOf } from '../../database/checks';
import type { Agent } from './agent.entity';

/** A training session with one weapon (séance d'entraînement) with the cartridges fired (0 for a baton). */
@Entity({ name: 'shooting_session' })
@Index('ix_shooting_session_agent', ['agentId', 'date'])
@Check('ck_shooting_session_rounds', 'rounds BETWEEN 0 AND 1000')
@Check('ck_shooting_session_weapon', oneOf('weapon', [...TRAINED_WEAPONS]))
export class ShootingSession extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agentId!: string;

  @ManyToOne('Agent', 'shootingSessions', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_shooting_session_agent' })
  agent?: Agent;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text', default: QualificationKind.FIREARM })
  weapon!: QualificationKind;

  @Column({ type: 'integer' })
  rounds!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
