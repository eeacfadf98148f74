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

/** A weapon taken back (réintégration), with the cartridges counted in. Append-only; one per issue. */
@Entity({ name: 'weapon_return' })
@Index('uq_weapon_return_issue', ['issueId'], { unique: true })
@Check('ck_weapon_return_ammunition', 'ammunition_returned BETWEEN 0 AND 200')
export class WeaponReturn extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  issueId!: string;

  @ManyToOne(() => WeaponIssue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issue_id', foreignKeyConstraintName: 'fk_weapon_return_issue' })
  issue?: WeaponIssue;

  @Column({ type: 'integer' })
  ammunitionReturned!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  returnedAt!: Date;

  @Column({ type: 'text' })
  returnedBy!: string;
}
