import { type SchoolZone, ServiceKind } from '@vigie/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A service (tenant): a commune's police municipale, or one pooled by several communes. Global
 * (no row-level security): its name and communes are what a member's switcher and the platform
 * show; everything it owns carries its id (`service_id`) behind a policy.
 */
@Entity({ name: 'service' })
@Index('uq_service_name', ['name'], { unique: true })
@Check('ck_service_name', 'char_length(name) BETWEEN 3 AND 120')
@Check('ck_service_kind', "kind IN ('COMMUNE', 'POOLED')")
@Check(
  'ck_service_communes',
  "cardinality(insee_codes) BETWEEN 1 AND 30 AND (kind = 'POOLED' OR cardinality(insee_codes) = 1)",
)
@Check(
  'ck_service_area',
  '(area_south IS NULL AND area_north IS NULL AND area_west IS NULL AND area_east IS NULL) OR ' +
    '(area_south BETWEEN -90 AND 90 AND area_north BETWEEN -90 AND 90 AND area_south < area_north ' +
    'AND area_west BETWEEN -180 AND 180 AND area_east BETWEEN -180 AND 180 AND area_west < area_east)',
)
@Check('ck_service_school_zone', "school_zone IS NULL OR school_zone IN ('A', 'B', 'C')")
export class PoliceService {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: ServiceKind;

  /** INSEE codes of the communes served. */
  @Column({ type: 'text', array: true })
  inseeCodes!: string[];

  /** The box its positions fall in (WGS 84); null while unknown. */
  @Column({ type: 'double precision', nullable: true })
  areaSouth!: number | null;

  @Column({ type: 'double precision', nullable: true })
  areaNorth!: number | null;

  @Column({ type: 'double precision', nullable: true })
  areaWest!: number | null;

  @Column({ type: 'double precision', nullable: true })
  areaEast!: number | null;

  /** The school holiday zone of its académie; null where the académie has its own calendar. */
  @Column({ type: 'text', nullable: true })
  schoolZone!: SchoolZone | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
