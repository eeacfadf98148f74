import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { Shift } from './shift.entity';
import type { shiftOfType } from './shift-needs';
import { ShiftType } from './shift-type.entity';

/** A shift as generated from its type, before it has an id. */
export type NewShift = ReturnType<typeof shiftOfType>;

/** The shifts' and the shift types' queries that are more than a find. */
@Injectable()
export class ShiftsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** `take` shift types by start time then code (unique), after the key `after` when given. */
  typesPage(take: number, after?: { startTime: string; code: string }): Promise<ShiftType[]> {
    const qb = this.dataSource.getRepository(ShiftType).createQueryBuilder('st');
    if (after) qb.where('(st.start_time, st.code) > (:startTime, :code)', after);
    return qb.orderBy('st.start_time', 'ASC').addOrderBy('st.code', 'ASC').limit(take).getMany();
  }

  /** Event shifts (those with their own label) starting in [start, end). */
  eventsStartingBetween(manager: EntityManager, start: Date, end: Date): Promise<Shift[]> {
    return manager
      .getRepository(Shift)
      .createQueryBuilder('s')
      .where('s.label IS NOT NULL AND s.starts_at >= :start AND s.starts_at < :end', { start, end })
      .getMany();
  }

  /** Inserts the shifts, skipping any that already exists (same type and start); answers how many were inserted. */
  async insertMissing(manager: EntityManager, shifts: readonly NewShift[]): Promise<number> {
    if (shifts.length === 0) return 0;
    const inserted = (
      await manager
        .createQueryBuilder()
        .insert()
        .into(Shift)
        .values([...shifts])
        .orIgnore()
        .returning('id')
        .updateEntity(false)
        .execute()
    ).raw as { id: string }[];
    return inserted.length;
  }
}
