import { FootageStatus } from '@vigie/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { FootageRequest } from './footage-request.entity';

/** One line of the register of a footage request: a status change, who, when. Append-only. */
@Entity({ name: 'footage_request_event' })
@Index('ix_footage_request_event_request', ['requestId', 'at'])
export class FootageRequestEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => FootageRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: FootageRequest;

  @Column({ type: 'text', nullable: true })
  fromStatus!: FootageStatus | null;

  @Column({ type: 'text' })
  toStatus!: FootageStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Null for the expiry job. */
  @Column({ type: 'text', nullable: true })
  authorLogin!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;
}
