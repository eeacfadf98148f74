import { Role } from '@vigie/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { EditableServiceOwned } from '../../common/tenancy/service-owned';
import type { Agent } from '../agents/agent.entity';
import { Account } from './account.entity';

@Entity({ name: 'app_user' })
@Index('uq_app_user_login', ['serviceId', 'login'], { unique: true })
@Index('uq_app_user_agent', ['agentId'], { unique: true, where: 'agent_id IS NOT NULL' })
@Check('ck_app_user_login_lower', 'login = lower(login)')
@Check(
  'ck_app_user_roles',
  "cardinality(roles) >= 1 AND roles <@ ARRAY['CHIEF','SUPERVISOR','AGENT','HR']::text[]",
)
export class User extends EditableServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** His account's (one login for all his services); always stored in lower case. */
  @Column({ type: 'text' })
  login!: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'login', foreignKeyConstraintName: 'fk_app_user_account' })
  account?: Account;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'uuid', nullable: true })
  agentId!: string | null;

  @ManyToOne('Agent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_app_user_agent' })
  agent?: Agent;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}
