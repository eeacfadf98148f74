import { CameraStatus } from '@vigie/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Camera } from './camera.entity';

/** The status history of a camera (installed, in service, out of service…). Never changed. */
@Entity({ name: 'camera_status_change' })
@Index('ix_camera_status_change_camera', ['cameraId', 'at'])
export class CameraStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  cameraId!: string;

  @ManyToOne(() => Camera, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'camera_id' })
  camera?: Camera;

  @Column({ type: 'text', nullable: true })
  fromStatus!: CameraStatus | null;

  @Column({ type: 'text' })
  toStatus!: CameraStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', nullable: true })
  authorLogin!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;
}
