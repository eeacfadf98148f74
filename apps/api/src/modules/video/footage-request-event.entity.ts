import { FootageStatus } from '@vigie/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { FootageRequest } from './footage-request.entity';
import { StatusHistoryRow } from './status-history';

/** One line of the register of a footage request: a status change, who, when. Append-only. */
@Entity({ name: 'footage_request_event' })
@Index('ix_footage_request_event_request', ['requestId', 'at'])
export class FootageRequestEvent extends StatusHistoryRow<FootageStatus> {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => FootageRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: FootageRequest;
}
