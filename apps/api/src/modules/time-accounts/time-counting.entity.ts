import type { TimeBasis } from '@vigie/shared';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

import { NUMERIC_AS_NUMBER } from '../../common/db/numeric';
import { ServiceOwned } from '../../common/tenancy/service-owned';
import type { Agent } from '../agents/agent.entity';

/**
 * How an agent's hours are counted when the chief or HR chose it (without a row: his grade's
 * default, see `defaultTimeBasis`): the roster, or a fixed week of days and hours a day.
 */
@Entity({ name: 'time_counting' })
@Check('ck_time_counting_basis', `basis IS NULL OR basis IN ('ROSTER', 'SCHEDULE')`)
@Check(
  'ck_time_counting_weekdays',
  `weekdays IS NULL OR (cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[])`,
)
// décret 2000-815 art. 3: 10 h a day, 48 h a week at most.
@Check('ck_time_counting_daily_hours', 'daily_hours IS NULL OR (daily_hours >= 0.5 AND daily_hours <= 10)')
@Check(
  'ck_time_counting_weekly_hours',
  'weekdays IS NULL OR daily_hours IS NULL OR cardinality(weekdays) * daily_hours <= 48',
)
@Check('ck_time_counting_reason', 'char_length(reason) BETWEEN 3 AND 500')
export class TimeCounting extends ServiceOwned {
  @PrimaryColumn({ type: 'uuid' })
  agentId!: string;

  @OneToOne('Agent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_time_counting_agent' })
  agent?: Agent;

  /** Null: his grade's default. */
  @Column({ type: 'text', nullable: true })
  basis!: TimeBasis | null;

  /** ISO weekdays (1 = Monday); null: Monday to Friday. */
  @Column({ type: 'smallint', array: true, nullable: true })
  weekdays!: number[] | null;

  /** Null: the standard day × his contract ratio. */
  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true, transformer: NUMERIC_AS_NUMBER })
  dailyHours!: number | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @Column({ type: 'text', nullable: true })
  recordedByName!: string | null;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}
