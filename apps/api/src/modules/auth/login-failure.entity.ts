import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A sign-in that failed, counted against its address, its (login, address) pair and its login
 * (see LoginThrottle). Kept in PostgreSQL so that every API process counts the same failures.
 */
@Entity({ name: 'login_failure' })
@Index('ix_login_failure_key', ['scope', 'key', 'at'])
@Index('ix_login_failure_at', ['at'])
export class LoginFailure {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_login_failure' })
  id!: string;

  /** `ADDRESS`, `PAIR` or `LOGIN`. */
  @Column({ type: 'text' })
  scope!: 'ADDRESS' | 'PAIR' | 'LOGIN';

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
