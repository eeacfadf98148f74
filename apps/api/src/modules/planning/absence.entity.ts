import { AbsenceKind, AbsenceStatus } from '@vigie/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { EditableServiceOwned } from '../../common/tenancy/service-owned';
import type { Agent } from '../agents/agent.entity';

/** Leave, RTT, sickness…: requested by the agent, approved or rejected by the chief. */
@Entity({ name: 'absence' })
@Index('ix_absence_agent_time', ['agentId', 'startsAt'])
@Index('ix_absence_status', ['status', 'startsAt'])
@Check('ck_absence_order', 'ends_at > starts_at')
@Check(
  'ck_absence_kind',
  `kind IN (${Object.values(AbsenceKind)
    .map((k) => `'${k}'`)
    .join(', ')})`,
)
@Check(
  'ck_absence_status',
  `status IN (${Object.values(AbsenceStatus)
    .map((s) => `'${s}'`)
    .join(', ')})`,
)
export class Absence extends EditableServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agentId!: string;

  @ManyToOne('Agent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_absence_agent' })
  agent?: Agent;

  @Column({ type: 'text' })
  kind!: AbsenceKind;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text' })
  status!: AbsenceStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  /** Why the chief let it take a balance (leave, RTT, recovery) below zero; null otherwise. */
  @Column({ type: 'text', nullable: true })
  balanceOverride!: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
