import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { Derogation } from '../derogation.entity';

export interface DerogationFilters {
  from?: string;
  to?: string;
  active?: boolean;
}

/** The derogations' table (those in force are read with the roster: `RosterRepository`). */
@Injectable()
export class DerogationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A page, latest first (start date, then id, both descending); `limit + 1` rows. */
  page(
    filters: DerogationFilters,
    limit: number,
    after?: { startDate: string; id: string },
  ): Promise<Derogation[]> {
    const qb = this.dataSource.getRepository(Derogation).createQueryBuilder('d');
    if (filters.from) qb.andWhere('d.end_date >= :from', { from: filters.from });
    if (filters.to) qb.andWhere('d.start_date <= :to', { to: filters.to });
    if (filters.active === true) qb.andWhere('d.revoked_at IS NULL');
    if (filters.active === false) qb.andWhere('d.revoked_at IS NOT NULL');
    if (after) qb.andWhere('(d.start_date, d.id) < (:startDate, :id)', after);
    return qb
      .orderBy('d.start_date', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit + 1)
      .getMany();
  }

  byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<Derogation | null> {
    return manager.findOneBy(Derogation, { id });
  }
}
