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

import type { PoliceService } from '../services/police-service.entity';
import { Account } from './account.entity';
import { User } from './user.entity';

/**
 * A sign-in on one device: the family of its rotated refresh tokens. Access tokens carry
 * its id, so revoking it (logout, reuse detected, password change) stops them at once.
 */
@Entity({ name: 'auth_session' })
@Check('ck_auth_session_member', '(user_id IS NULL) = (service_id IS NULL)')
@Index('ix_auth_session_user', ['userId'])
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The account signed in. */
  @Column({ type: 'text' })
  login!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'login', foreignKeyConstraintName: 'fk_auth_session_account' })
  account?: Account;

  /** His user in the service he works in; both null for a platform account. */
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  serviceId!: string | null;

  @ManyToOne('PoliceService', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_auth_session_service' })
  service?: PoliceService;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_auth_session_user' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;
}
