import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { StaffingTarget } from './staffing-target.entity';

/** A point of the target series as written. */
export type NewStaffingTarget = Pick<
  StaffingTarget,
  'effectiveDate' | 'headcount' | 'police' | 'asvp' | 'administrative'
>;

/** The staffing targets' series. */
@Injectable()
export class StaffingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** `take` targets by date (unique), after the date `after` when given. */
  page(take: number, after?: string): Promise<StaffingTarget[]> {
    const qb = this.dataSource.getRepository(StaffingTarget).createQueryBuilder('t');
    if (after !== undefined) qb.where('t.effective_date > :after', { after });
    return qb.orderBy('t.effective_date', 'ASC').limit(take).getMany();
  }

  /** The whole series, in no particular order unless `byDate`. */
  all(byDate = false): Promise<StaffingTarget[]> {
    return this.dataSource
      .getRepository(StaffingTarget)
      .find(byDate ? { order: { effectiveDate: 'ASC' } } : {});
  }

  /** Replaces the whole series, in the caller's transaction. */
  async replace(manager: EntityManager, series: readonly NewStaffingTarget[]): Promise<void> {
    await manager.createQueryBuilder().delete().from(StaffingTarget).execute();
    if (series.length > 0) await manager.insert(StaffingTarget, [...series]);
  }
}
