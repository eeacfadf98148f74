import { CameraKind, CameraStatus } from '@vigie/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';
import { oneOf } from '../../database/checks';
import type { ServiceQuartier } from '../services/service-quartier.entity';

/** A camera of the registry (nomad or fixed), with its place in the deployment plan. */
@Entity({ name: 'camera' })
@Index('uq_camera_code', ['serviceId', 'code'], { unique: true })
@Check('ck_camera_kind', oneOf('kind', Object.values(CameraKind)))
@Check('ck_camera_status', oneOf('status', Object.values(CameraStatus)))
// Both or neither; inside the service's area, which the service checks (it is the service's row).
@Check('ck_camera_position_pair', '(lat IS NULL) = (lng IS NULL)')
@Check('ck_camera_planned_year', 'planned_year BETWEEN 2020 AND 2040')
export class Camera extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  kind!: CameraKind;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  quartier!: string;

  /** The service's quartier it is filed under (same service: the key holds both). */
  @ManyToOne('ServiceQuartier', { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'service_id', referencedColumnName: 'serviceId', foreignKeyConstraintName: 'fk_camera_quartier' },
    { name: 'quartier', referencedColumnName: 'code', foreignKeyConstraintName: 'fk_camera_quartier' },
  ])
  quartierOfService?: ServiceQuartier;

  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng!: number | null;

  @Column({ type: 'text' })
  status!: CameraStatus;

  @Column({ type: 'integer' })
  plannedYear!: number;

  @Column({ type: 'date', nullable: true })
  installedOn!: string | null;

  @Column({ type: 'boolean', default: false })
  connectedToCsu!: boolean;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
