import { CameraKind, CameraStatus, LOMME_BOUNDS, Quartier } from '@vigie/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';
import { oneOf } from '../../database/checks';

/** A camera of the registry (nomad or fixed), with its place in the deployment plan. */
@Entity({ name: 'camera' })
@Index('uq_camera_code', ['serviceId', 'code'], { unique: true })
@Check('ck_camera_kind', oneOf('kind', Object.values(CameraKind)))
@Check('ck_camera_status', oneOf('status', Object.values(CameraStatus)))
@Check('ck_camera_quartier', oneOf('quartier', Object.values(Quartier)))
@Check(
  'ck_camera_position',
  `(lat IS NULL AND lng IS NULL) OR (lat BETWEEN ${LOMME_BOUNDS.south} AND ${LOMME_BOUNDS.north} AND lng BETWEEN ${LOMME_BOUNDS.west} AND ${LOMME_BOUNDS.east})`,
)
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
  quartier!: Quartier;

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
