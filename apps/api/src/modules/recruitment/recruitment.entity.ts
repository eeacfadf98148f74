import { Grade, RecruitmentRoute, RecruitmentStatus } from '@vigie/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';
import { oneOf } from '../../database/checks';
import type { Agent } from '../agents/agent.entity';
import { RecruitmentEvent } from './recruitment-event.entity';

/** One candidate followed through the milestones of his route. */
@Entity({ name: 'recruitment' })
@Index('ix_recruitment_status', ['status', 'createdAt'])
@Check('ck_recruitment_route', oneOf('route', Object.values(RecruitmentRoute)))
@Check('ck_recruitment_status', oneOf('status', Object.values(RecruitmentStatus)))
@Check('ck_recruitment_grade', oneOf('grade', Object.values(Grade)))
export class Recruitment extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  candidateName!: string;

  @Column({ type: 'text' })
  route!: RecruitmentRoute;

  @Column({ type: 'text' })
  grade!: Grade;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', default: RecruitmentStatus.OPEN })
  status!: RecruitmentStatus;

  @Column({ type: 'uuid', nullable: true })
  agentId!: string | null;

  @ManyToOne('Agent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_recruitment_agent' })
  agent?: Agent;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Millisecond precision: the list's keyset cursor carries it exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => RecruitmentEvent, (event) => event.recruitment)
  events?: RecruitmentEvent[];
}
