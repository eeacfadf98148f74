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
import { WeaponIssue } from './weapon-issue.entity';

/**
 * A correction of a line of the log (a count mistyped at the issue or the return): the line is
 * never changed, the correction is a new row naming it, who wrote it and why. Append-only.
 */
@Entity({ name: 'weapon_issue_correction' })
@Index('ix_weapon_issue_correction_issue', ['issueId', 'correctedAt'])
@Check('ck_weapon_issue_correction_some', 'ammunition IS NOT NULL OR ammunition_returned IS NOT NULL')
@Check(
  'ck_weapon_issue_correction_ammunition',
  'ammunition BETWEEN 0 AND 200 AND ammunition_returned BETWEEN 0 AND 200',
)
@Check('ck_weapon_issue_correction_reason', 'char_length(reason) BETWEEN 5 AND 300')
export class WeaponIssueCorrection extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  issueId!: string;

  @ManyToOne(() => WeaponIssue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issue_id', foreignKeyConstraintName: 'fk_weapon_issue_correction_issue' })
  issue?: WeaponIssue;

  /** The cartridges issued, corrected; null: left as they were. */
  @Column({ type: 'integer', nullable: true })
  ammunition!: number | null;

  /** The cartridges returned, corrected; null: left as they were. */
  @Column({ type: 'integer', nullable: true })
  ammunitionReturned!: number | null;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  correctedAt!: Date;

  @Column({ type: 'text' })
  correctedBy!: string;
}
