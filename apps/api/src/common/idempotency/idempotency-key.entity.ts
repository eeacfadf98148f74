import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A creation a phone may send again (issue 24: exactly once): the key it made, per account, the
 * request it stood for and what it created. Written in the creation's own transaction, so a
 * retry racing the first request waits for it and answers what it made.
 */
@Entity({ name: 'idempotency_key' })
@Index('ix_idempotency_key_created_at', ['createdAt'])
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_idempotency_key' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_idempotency_key' })
  key!: string;

  /** What was asked: the route's scope and a SHA-256 of the body, so a reuse for another request is told apart. */
  @Column({ type: 'text' })
  scope!: string;

  @Column({ type: 'text' })
  requestHash!: string;

  /** The record the request created (the entry, the absence). */
  @Column({ type: 'uuid', nullable: true })
  resourceId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
