import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A school holiday period of an academic zone: first and last day without class, both included.
 * Data the service updates (`PUT /api/school-calendar`), shipped for two school years.
 */
@Entity({ name: 'school_holiday' })
@Index('ix_school_holiday_zone_start', ['zone', 'startDate'])
@Check('ck_school_holiday_order', 'end_date >= start_date')
@Check('ck_school_holiday_zone', `zone IN ('A', 'B', 'C')`)
export class SchoolHoliday {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  zone!: string;

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
