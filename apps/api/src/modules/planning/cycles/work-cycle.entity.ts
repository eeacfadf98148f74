import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { EditableServiceOwned } from '../../../common/tenancy/service-owned';

/**
 * A work cycle (décret 2000-815 art. 4): a pattern of days repeating from its start date, each
 * day rest (null) or a shift type, assigned to a brigade or to a list of agents.
 */
@Entity({ name: 'work_cycle' })
@Index('uq_work_cycle_name', ['serviceId', 'name'], { unique: true })
@Check('ck_work_cycle_length', 'cardinality(days) BETWEEN 1 AND 56')
@Check('ck_work_cycle_assignee', '(brigade IS NULL) <> (cardinality(agent_ids) = 0)')
export class WorkCycle extends EditableServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Day 1 of the cycle. */
  @Column({ type: 'date' })
  startDate!: string;

  /** One entry per day of the cycle: a shift type id, or null for rest. */
  @Column({ type: 'uuid', array: true })
  days!: (string | null)[];

  @Column({ type: 'text', nullable: true })
  brigade!: string | null;

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  agentIds!: string[];
}
