import { FootageAuthority, FootageStatus } from '@vigie/shared';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';
import { oneOf } from '../../database/checks';
import type { Agent } from '../agents/agent.entity';
import type { Incident } from '../incidents/incident.entity';
import { Camera } from './camera.entity';

/**
 * A request for the images of one camera over a time window (réquisition d'images): the
 * register of what was extracted, and handed to whom, when. Its window is at most 24 h and the
 * images are overwritten `retention` days after they were recorded (`overwriteAt`).
 */
@Entity({ name: 'footage_request' })
@Index('ix_footage_request_open', ['status', 'overwriteAt'])
@Index('ix_footage_request_camera', ['cameraId', 'windowStart'])
@Index('ix_footage_request_incident', ['incidentId'])
@Check('ck_footage_request_status', oneOf('status', Object.values(FootageStatus)))
@Check('ck_footage_request_authority', oneOf('authority', Object.values(FootageAuthority)))
@Check(
  'ck_footage_request_window',
  `window_end > window_start AND window_end - window_start <= interval '24 hours'`,
)
@Check('ck_footage_request_overwrite', 'overwrite_at > window_start')
export class FootageRequest extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  cameraId!: string;

  @ManyToOne(() => Camera, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'camera_id' })
  camera?: Camera;

  @Column({ type: 'timestamptz', precision: 3 })
  windowStart!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  windowEnd!: Date;

  @Column({ type: 'text' })
  authority!: FootageAuthority;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @Column({ type: 'uuid', nullable: true })
  incidentId!: string | null;

  // By name: the type import keeps video from importing the incidents module's code.
  @ManyToOne('Incident', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incident_id' })
  incident?: Incident;

  @Column({ type: 'text', default: FootageStatus.REQUESTED })
  status!: FootageStatus;

  @Column({ type: 'timestamptz', precision: 3 })
  overwriteAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  requestedAt!: Date;

  @Column({ type: 'text', nullable: true })
  requestedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  extractedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  operatorAgentId!: string | null;

  @ManyToOne('Agent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operator_agent_id' })
  operator?: Agent;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  recipient!: string | null;

  /** Last status change (the order of closed requests). */
  @Column({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
