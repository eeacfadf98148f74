import { Injectable } from '@nestjs/common';
import { addDays, startOfLocalDay } from '@vigie/shared';
import { DataSource, EntityManager, In } from 'typeorm';

import { Assignment } from '../assignment.entity';
import { Shift } from '../shift.entity';
import { WorkCycle } from './work-cycle.entity';

/** The work cycles' table, and the shifts and assignments a roll-out reads. */
@Injectable()
export class CyclesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A page by name then id (`limit + 1` rows: the caller cuts the page). */
  page(limit: number, after?: { name: string; id: string }): Promise<WorkCycle[]> {
    const qb = this.dataSource.getRepository(WorkCycle).createQueryBuilder('c');
    if (after) qb.where('(c.name, c.id) > (:name, :id)', after);
    return qb
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1)
      .getMany();
  }

  byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<WorkCycle | null> {
    return manager.findOneBy(WorkCycle, { id });
  }

  /** The shifts of these types starting on the local dates [from, to]. */
  shiftsOf(
    manager: EntityManager,
    typeIds: readonly string[],
    from: string,
    to: string,
    zone: string,
  ): Promise<Shift[]> {
    if (typeIds.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(Shift)
      .createQueryBuilder('s')
      .where('s.shift_type_id IN (:...typeIds)', { typeIds })
      .andWhere('s.starts_at >= :start AND s.starts_at < :end', {
        start: startOfLocalDay(from, zone),
        end: startOfLocalDay(addDays(to, 1), zone),
      })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  /** `shiftId|agentId` of the assignments of these agents on these shifts. */
  async assignedPairs(
    manager: EntityManager,
    shiftIds: readonly string[],
    agentIds: readonly string[],
  ): Promise<Set<string>> {
    if (shiftIds.length === 0 || agentIds.length === 0) return new Set();
    const rows = await manager.findBy(Assignment, { shiftId: In([...shiftIds]), agentId: In([...agentIds]) });
    return new Set(rows.map((row) => `${row.shiftId}|${row.agentId}`));
  }

  /** The agents on the unlabelled shifts starting on the local dates [from, to], with the shift. */
  async weekAssignments(
    manager: EntityManager,
    from: string,
    to: string,
    zone: string,
  ): Promise<{ agentId: string; shift: Shift }[]> {
    const rows = await manager
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoinAndMapOne('a.shift', Shift, 's', 's.id = a.shift_id')
      .where('s.label IS NULL AND s.starts_at >= :start AND s.starts_at < :end', {
        start: startOfLocalDay(from, zone),
        end: startOfLocalDay(addDays(to, 1), zone),
      })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
    return rows.flatMap((row) => (row.shift ? [{ agentId: row.agentId, shift: row.shift }] : []));
  }
}
