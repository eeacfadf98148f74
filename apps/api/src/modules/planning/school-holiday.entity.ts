import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';

/**
 * A school holiday period of the service's calendar (its académie's zone): first and last day
 * without class, both included. The service's own copy (`PUT /api/school-calendar`): a chief's
 * correction never reaches another service.
 */
@Entity({ name: 'school_holiday' })
@Index('ix_school_holiday_service_start', ['serviceId', 'startDate'])
@Check('ck_school_holiday_order', 'end_date >= start_date')
export class SchoolHoliday extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'text' })
  label!: string;

  /** Where the dates come from: the arrêté and its address. */
  @Column({ type: 'text' })
  source!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
