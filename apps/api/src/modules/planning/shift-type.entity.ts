import { Grade, QualificationKind, QualificationRequirement, StaffCategory } from '@vigie/shared';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { EditableServiceOwned } from '../../common/tenancy/service-owned';

/** A kind of shift (patrouille de nuit, salle CSU…) with its hours and needs. */
@Entity({ name: 'shift_type' })
@Index('uq_shift_type_code', ['serviceId', 'code'], { unique: true })
@Check(
  'ck_shift_type_times',
  `start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
)
@Check('ck_shift_type_min_agents', 'min_agents BETWEEN 0 AND 50')
@Check('ck_shift_type_colour', `colour ~ '^#[0-9a-fA-F]{6}$'`)
@Check(
  'ck_shift_type_weekdays',
  `cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]`,
)
@Check('ck_shift_type_grades', 'grades IS NULL OR cardinality(grades) >= 1')
@Check('ck_shift_type_break', 'break_minutes BETWEEN 0 AND 120')
export class ShiftType extends EditableServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  label!: string;

  /** Local time HH:mm; the end may be before the start (crosses midnight). */
  @Column({ type: 'text' })
  startTime!: string;

  @Column({ type: 'text' })
  endTime!: string;

  @Column({ type: 'integer' })
  minAgents!: number;

  /** Minutes of break within the shift's times (décret 2000-815 art. 3 I). */
  @Column({ type: 'integer', default: 0 })
  breakMinutes!: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  requirements!: QualificationRequirement[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  requiredForAll!: QualificationKind[];

  @Column({ type: 'text', array: true, default: () => `'{POLICE}'` })
  categories!: StaffCategory[];

  @Column({ type: 'boolean', default: false })
  allowsTrainees!: boolean;

  @Column({ type: 'text', default: '#1565c0' })
  colour!: string;

  /** ISO days it runs on, 1 Monday … 7 Sunday. */
  @Column({ type: 'smallint', array: true, default: () => `'{1,2,3,4,5,6,7}'` })
  weekdays!: number[];

  /** Grades that may staff it; null: every grade of its categories. */
  @Column({ type: 'text', array: true, nullable: true })
  grades!: Grade[] | null;

  @Column({ type: 'boolean', default: true })
  publicHolidays!: boolean;

  @Column({ type: 'boolean', default: false })
  schoolDaysOnly!: boolean;

  /** False once archived: no longer generated nor offered; its shifts stay. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
