import { Injectable } from '@nestjs/common';
import { AbsenceStatus } from '@vigie/shared';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';

import { microsOf } from '../../common/http/cursor';
import { Absence } from './absence.entity';

/** Which absences a read covers; the service decides it from the caller's access and the filters. */
export interface AbsenceScope {
  /** One agent's only; every agent's when omitted. */
  agentId?: string;
  status?: AbsenceStatus;
  /** Ending after this instant. */
  endsAfter?: Date;
  /** Starting before this instant. */
  startsBefore?: Date;
}

/** The absences' reads, each absence with its agent. */
@Injectable()
export class AbsencesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The absences asked for (not yet decided) that overlap [from, to): the planner honours them as wishes. */
  requestedBetween(manager: EntityManager, from: Date, to: Date): Promise<Absence[]> {
    return manager
      .getRepository(Absence)
      .createQueryBuilder('ab')
      .where('ab.status = :status', { status: AbsenceStatus.REQUESTED })
      .andWhere('ab.ends_at > :from AND ab.starts_at < :to', { from, to })
      .getMany();
  }

  /**
   * `take` absences, latest start first (exact instant in microseconds, then id), after the key
   * `after` when given; each with its start in microseconds, the next page's key.
   */
  async page(
    scope: AbsenceScope,
    take: number,
    after?: { start: number; id: string },
  ): Promise<{ absence: Absence; start: number }[]> {
    const start = microsOf('ab.starts_at');
    const qb = this.scoped(scope).addSelect(start, 'ab_start');
    if (after) {
      qb.andWhere(`(${start}, ab.id) < (:afterStart, :afterId)`, {
        afterStart: after.start,
        afterId: after.id,
      });
    }
    const { entities, raw } = await qb
      .orderBy('ab_start', 'DESC')
      .addOrderBy('ab.id', 'DESC')
      .limit(take)
      .getRawAndEntities<{ ab_id: string; ab_start: string }>();
    const starts = new Map(raw.map((row) => [row.ab_id, Number(row.ab_start)]));
    return entities.map((absence) => ({ absence, start: starts.get(absence.id)! }));
  }

  /** Every absence of the scope, latest start first. */
  all(scope: AbsenceScope): Promise<Absence[]> {
    return this.scoped(scope).orderBy('ab.starts_at', 'DESC').addOrderBy('ab.id', 'DESC').getMany();
  }

  private scoped(scope: AbsenceScope): SelectQueryBuilder<Absence> {
    const qb = this.dataSource
      .getRepository(Absence)
      .createQueryBuilder('ab')
      .innerJoinAndSelect('ab.agent', 'ag');
    if (scope.agentId) qb.andWhere('ab.agent_id = :agentId', { agentId: scope.agentId });
    if (scope.status) qb.andWhere('ab.status = :status', { status: scope.status });
    if (scope.endsAfter) qb.andWhere('ab.ends_at > :from', { from: scope.endsAfter });
    if (scope.startsBefore) qb.andWhere('ab.starts_at < :to', { to: scope.startsBefore });
    return qb;
  }
}
