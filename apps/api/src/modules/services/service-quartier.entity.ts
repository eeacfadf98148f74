import type { LatLng } from '@vigie/shared';
import { Check, Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

import { ServiceKeyed } from '../../common/tenancy/service-owned';

/**
 * A quartier of a service: what its entries and cameras are filed under (their `quartier` refers
 * to it with the service: a service's rows name its own quartiers only). Never deleted: retired,
 * it stays for what was filed under it.
 */
@Entity({ name: 'service_quartier' })
@Index('uq_service_quartier_label', ['serviceId', 'label'], { unique: true })
@Index('uq_service_quartier_position', ['serviceId', 'position'], { unique: true })
@Check('ck_service_quartier_code', "code ~ '^[A-Z0-9_]{1,40}$'")
@Check('ck_service_quartier_label', 'char_length(label) BETWEEN 2 AND 60')
@Check(
  'ck_service_quartier_outline',
  "outline IS NULL OR (jsonb_typeof(outline) = 'array' AND jsonb_array_length(outline) BETWEEN 3 AND 200)",
)
export class ServiceQuartier extends ServiceKeyed {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  label!: string;

  /** The order the forms offer it in. */
  @Column({ type: 'integer' })
  position!: number;

  /** `[lat, lng]` corners (WGS 84), or null. */
  @Column({ type: 'jsonb', nullable: true })
  outline!: LatLng[] | null;

  @Column({ type: 'boolean', default: false })
  retired!: boolean;

  @VersionColumn()
  version!: number;
}
