import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';

/** One point of the dated headcount target series (e.g. 23 by 2025-12-31). */
@Entity({ name: 'staffing_target' })
@Index('uq_staffing_target_date', ['serviceId', 'effectiveDate'], { unique: true })
@Check('ck_staffing_target_headcount', 'headcount BETWEEN 0 AND 500')
@Check(
  'ck_staffing_target_categories',
  'coalesce(police, 0) + coalesce(asvp, 0) + coalesce(administrative, 0) <= headcount',
)
export class StaffingTarget extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'date' })
  effectiveDate!: string;

  @Column({ type: 'integer' })
  headcount!: number;

  @Column({ type: 'integer', nullable: true })
  police!: number | null;

  @Column({ type: 'integer', nullable: true })
  asvp!: number | null;

  @Column({ type: 'integer', nullable: true })
  administrative!: number | null;
}
