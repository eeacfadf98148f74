import { QualificationKind } from '@vigie/shared';
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

/** A qualification with its dates; renewals are new records, the history is kept. */
@Entity({ name: 'agent_qualification' })
@Index('ix_agent_qualification_agent', ['agentId', 'kind'])
@Check('ck_agent_qualification_kind', oneOf('kind', Object.values(QualificationKind)))
@Check('ck_agent_qualification_dates', 'expires_on IS NULL OR expires_on > obtained_on')
export class Qualification extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agentId!: string;

  @ManyToOne('Agent', 'qualifications', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_agent_qualification_agent' })
  agent?: Agent;

  @Column({ type: 'text' })
  kind!: QualificationKind;

  @Column({ type: 'date' })
  obtainedOn!: string;

  @Column({ type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ type: 'boolean', default: false })
  pendingApproval!: boolean;

  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
