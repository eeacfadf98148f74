import { ServiceKind } from '@vigie/shared';
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
