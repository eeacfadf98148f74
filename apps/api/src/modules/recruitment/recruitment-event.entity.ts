import { Milestone, RecruitmentExit } from '@vigie/shared';
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
import type { Recruitment } from './recruitment.entity';

const KINDS = [...Object.values(Milestone), ...Object.values(RecruitmentExit)];

/** A milestone (or exit) of a recruitment, recorded once, with its date and note. Never updated. */
@Entity({ name: 'recruitment_milestone' })
@Index('uq_recruitment_milestone', ['recruitmentId', 'milestone'], { unique: true })
@Check('ck_recruitment_milestone_kind', oneOf('milestone', KINDS))
@Check(
  'ck_recruitment_milestone_exit_reason',
  `milestone NOT IN ('WITHDRAWN', 'REJECTED') OR reason IS NOT NULL`,
)
export class RecruitmentEvent extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recruitmentId!: string;

  @ManyToOne('Recruitment', 'events', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recruitment_id', foreignKeyConstraintName: 'fk_recruitment_milestone_recruitment' })
  recruitment?: Recruitment;

  @Column({ type: 'text' })
  milestone!: Milestone | RecruitmentExit;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @Column({ type: 'text', nullable: true })
  recordedByLogin!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
