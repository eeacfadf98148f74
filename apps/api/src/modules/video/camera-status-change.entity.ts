import { CameraStatus } from '@vigie/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Camera } from './camera.entity';
import { StatusHistoryRow } from './status-history';

/** The status history of a camera (installed, in service, out of service…). Never changed. */
@Entity({ name: 'camera_status_change' })
@Index('ix_camera_status_change_camera', ['cameraId', 'at'])
export class CameraStatusChange extends StatusHistoryRow<CameraStatus> {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  cameraId!: string;

  @ManyToOne(() => Camera, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'camera_id' })
  camera?: Camera;
}
