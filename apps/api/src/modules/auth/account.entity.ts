import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import type { PoliceService } from '../services/police-service.entity';

/**
 * A person's sign-in: one login and one password, whichever services he works in (his
 * `app_user` rows, one per service, hold his roles there). Global: signing in comes before
 * any service is chosen. A platform account belongs to no service.
 */
@Entity({ name: 'account' })
@Check('ck_account_login_lower', 'login = lower(login)')
export class Account {
  /** Always stored in lower case. */
  @PrimaryColumn({ type: 'text' })
  login!: string;

  @Column({ type: 'text', select: false })
  passwordHash!: string;

  /** Creates services and their first chief; reads none of their data. */
  @Column({ type: 'boolean', default: false })
  platform!: boolean;

  /** The service he worked in last: where the next sign-in takes him. */
  @Column({ type: 'uuid', nullable: true })
  lastServiceId!: string | null;

  @ManyToOne('PoliceService', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'last_service_id', foreignKeyConstraintName: 'fk_account_last_service' })
  lastService?: PoliceService;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
