import { FirearmDecision } from '@vigie/shared';
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

/**
 * The préfet's decision on an agent's firearm carry permit after a training lapse, as the chief
 * recorded it. Never changed: a later decision (lifting a suspension) is a new row.
 */
@Entity({ name: 'firearm_decision' })
@Index('ix_firearm_decision_agent', ['agentId', 'date'])
@Check('ck_firearm_decision_decision', oneOf('decision', Object.values(FirearmDecision)))
export class FirearmDecisionRecord extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agentId!: string;

  @ManyToOne('Agent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_firearm_decision_agent' })
  agent?: Agent;

  /** The day it takes effect. */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  decision!: FirearmDecision;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
