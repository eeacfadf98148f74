import { Grade, QualificationKind, QualificationRequirement, StaffCategory } from '@vigie/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { EditableServiceOwned } from '../../common/tenancy/service-owned';
import { ShiftType } from './shift-type.entity';

/** A dated shift: an instance of a type, or an ad-hoc event shift with its own needs. */
@Entity({ name: 'shift' })
@Index('ix_shift_time', ['startsAt', 'endsAt'])
// One shift of a type per start, event shifts (with their own label) aside: what lets
// « Générer les créneaux » insert with ON CONFLICT DO NOTHING and count what it really created.
@Index('uq_shift_type_start', ['shiftTypeId', 'startsAt'], { unique: true, where: 'label IS NULL' })
@Check('ck_shift_order', 'ends_at > starts_at')
@Check('ck_shift_length', `ends_at - starts_at <= interval '24 hours'`)
@Check('ck_shift_min_agents', 'min_agents BETWEEN 0 AND 50')
@Check('ck_shift_break', 'break_minutes BETWEEN 0 AND 120')
export class Shift extends EditableServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  shiftTypeId!: string;

  @ManyToOne(() => ShiftType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shift_type_id', foreignKeyConstraintName: 'fk_shift_shift_type' })
  shiftType?: ShiftType;

  /** Own label of an event shift (« Fête de la Musique »); the type's label otherwise. */
  @Column({ type: 'text', nullable: true })
  label!: string | null;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'integer' })
  minAgents!: number;

  /** Minutes of break within its times, copied from its type like its needs. */
  @Column({ type: 'integer', default: 0 })
  breakMinutes!: number;

  @Column({ type: 'jsonb' })
  requirements!: QualificationRequirement[];

  @Column({ type: 'text', array: true })
  requiredForAll!: QualificationKind[];

  @Column({ type: 'text', array: true })
  categories!: StaffCategory[];

  /** Grades that may hold it, copied from its type like its other needs; null: every grade. */
  @Column({ type: 'text', array: true, nullable: true })
  grades!: Grade[] | null;

  @Column({ type: 'boolean' })
  allowsTrainees!: boolean;
}
