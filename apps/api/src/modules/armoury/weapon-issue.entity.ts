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
import type { Agent } from '../agents/agent.entity';
import { Weapon } from './weapon.entity';

/**
 * A weapon handed to an agent for a shift (a line of the état journalier). Append-only: the
 * database refuses UPDATE and DELETE. `sequence` numbers the issues of one weapon: two issues
 * raced at once take the same number and the unique index refuses the second.
 */
@Entity({ name: 'weapon_issue' })
@Index('uq_weapon_issue_sequence', ['weaponId', 'sequence'], { unique: true })
@Index('ix_weapon_issue_issued_at', ['issuedAt'])
@Index('ix_weapon_issue_agent', ['agentId', 'issuedAt'])
@Check('ck_weapon_issue_ammunition', 'ammunition BETWEEN 0 AND 200')
export class WeaponIssue extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  weaponId!: string;

  @ManyToOne(() => Weapon, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'weapon_id', foreignKeyConstraintName: 'fk_weapon_issue_weapon' })
  weapon?: Weapon;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'uuid' })
  agentId!: string;

  @ManyToOne('Agent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_weapon_issue_agent' })
  agent?: Agent;

  /** The shift it was issued for (its end is when the weapon is due back). */
  @Column({ type: 'uuid' })
  shiftId!: string;

  @Column({ type: 'timestamptz' })
  dueBy!: Date;

  @Column({ type: 'integer' })
  ammunition!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  issuedAt!: Date;

  /** Who handed it out (display name, kept as written: the log outlives accounts). */
  @Column({ type: 'text' })
  issuedBy!: string;
}
