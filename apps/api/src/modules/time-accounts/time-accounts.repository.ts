import { Injectable } from '@nestjs/common';
import { AbsenceKind, AbsenceStatus } from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';
import { Absence } from '../planning/absence.entity';
import { Shift } from '../planning/shift.entity';
import { TimeAccountOpening } from './time-account-opening.entity';
import { TimeCounting } from './time-counting.entity';
import { WorkedTime } from './worked-time.entity';

/** A recruit's initial training (FIA) as his recruitment records it. */
export interface TrainingRow {
  agentId: string;
  started: string | null;
  completed: string | null;
}

/** One agent on one shift, with the shift's times and label. */
export interface AssignedShiftRow {
  shiftId: string;
  agentId: string;
  startsAt: Date;
  endsAt: Date;
  label: string;
}

/** A work cycle as the accounts need it: whom it names and its days' hours. */
export interface CycleRow {
  brigade: string | null;
  agentIds: string[];
  days: (string | null)[];
}

/** The SQL of the time accounts: assignments, worked records, absences, cycles of a period. */
@Injectable()
export class TimeAccountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Assignments of these agents (all when null) on shifts starting within [from, to). */
  assignments(
    agentIds: readonly string[] | null,
    from: Date,
    to: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AssignedShiftRow[]> {
    return manager.query(
      `SELECT a.shift_id AS "shiftId", a.agent_id AS "agentId", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
              COALESCE(s.label, t.label) AS "label"
         FROM assignment a
         JOIN shift s ON s.id = a.shift_id
         JOIN shift_type t ON t.id = s.shift_type_id
        WHERE s.starts_at >= $1 AND s.starts_at < $2 AND ($3::uuid[] IS NULL OR a.agent_id = ANY($3::uuid[]))`,
      [from, to, agentIds],
    );
  }

  /** Worked records of these agents (all when null) starting within [from, to). */
  worked(
    agentIds: readonly string[] | null,
    from: Date,
    to: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WorkedTime[]> {
    const qb = manager
      .getRepository(WorkedTime)
      .createQueryBuilder('w')
      .where('w.starts_at >= :from AND w.starts_at < :to', { from, to });
    if (agentIds) qb.andWhere('w.agent_id = ANY(:agentIds)', { agentIds });
    return qb.getMany();
  }

  /** Approved absences of these agents (all when null) overlapping [from, to). */
  approvedAbsences(
    agentIds: readonly string[] | null,
    from: Date,
    to: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Absence[]> {
    const qb = manager
      .getRepository(Absence)
      .createQueryBuilder('ab')
      .where('ab.status = :approved', { approved: AbsenceStatus.APPROVED })
      .andWhere('ab.starts_at < :to AND ab.ends_at > :from', { from, to });
    if (agentIds) qb.andWhere('ab.agent_id = ANY(:agentIds)', { agentIds });
    return qb.getMany();
  }

  /** Absences of one agent drawing on a balance, approved, overlapping [from, to); one excluded. */
  balanceAbsences(
    agentId: string,
    from: Date,
    to: Date,
    exceptId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Absence[]> {
    return manager
      .getRepository(Absence)
      .createQueryBuilder('ab')
      .where('ab.agent_id = :agentId AND ab.status = :approved', {
        agentId,
        approved: AbsenceStatus.APPROVED,
      })
      .andWhere('ab.kind IN (:...kinds)', {
        kinds: [AbsenceKind.ANNUAL_LEAVE, AbsenceKind.RTT, AbsenceKind.RECOVERY],
      })
      .andWhere('ab.starts_at < :to AND ab.ends_at > :from', { from, to })
      .andWhere(exceptId ? 'ab.id <> :exceptId' : 'TRUE', { exceptId })
      .getMany();
  }

  /** The published local dates within [from, to] (both included). */
  async publishedDays(
    from: string,
    to: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    const rows: { day: string }[] = await manager.query(
      `SELECT DISTINCT to_char(d, 'YYYY-MM-DD') AS day
         FROM roster_publication p,
              generate_series(GREATEST(p.from_date, $1::date), LEAST(p.to_date, $2::date), interval '1 day') AS d
        WHERE p.from_date <= $2::date AND p.to_date >= $1::date`,
      [from, to],
    );
    return new Set(rows.map((row) => row.day));
  }

  /** The first day ever published, and the last one published within `year` (null: none). */
  async publishedSpan(
    year: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ first: string | null; last: string | null }> {
    const [row] = await manager.query<{ first: string | null; last: string | null }[]>(
      `SELECT to_char(min(from_date), 'YYYY-MM-DD') AS first,
              to_char(max(LEAST(to_date, make_date($1::int, 12, 31))) FILTER (WHERE from_date <= make_date($1::int, 12, 31)), 'YYYY-MM-DD') AS last
         FROM roster_publication`,
      [year],
    );
    return { first: row?.first ?? null, last: row?.last ?? null };
  }

  /** Every work cycle, with the times of its shift types. */
  async cycles(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ cycles: CycleRow[]; types: Map<string, { startTime: string; endTime: string }> }> {
    const cycles: CycleRow[] = await manager.query(
      `SELECT brigade, agent_ids AS "agentIds", days FROM work_cycle`,
    );
    const rows: { id: string; startTime: string; endTime: string }[] = await manager.query(
      `SELECT id, to_char(start_time::time, 'HH24:MI') AS "startTime", to_char(end_time::time, 'HH24:MI') AS "endTime"
         FROM shift_type`,
    );
    return { cycles, types: new Map(rows.map((row) => [row.id, row])) };
  }

  shift(id: string, manager: EntityManager = this.dataSource.manager): Promise<Shift | null> {
    return manager.findOneBy(Shift, { id });
  }

  /** The label of a shift: its own, else its type's. */
  async shiftLabel(shift: Shift, manager: EntityManager = this.dataSource.manager): Promise<string> {
    if (shift.label) return shift.label;
    const rows: { label: string }[] = await manager.query(`SELECT label FROM shift_type WHERE id = $1`, [
      shift.shiftTypeId,
    ]);
    return rows[0]?.label ?? 'Service';
  }

  /**
   * The assignments behind these (shift, agent) pairs, in one query: a page of worked records
   * reads each one's planned times at once, not one query per record.
   */
  async assignmentsOn(
    pairs: readonly { shiftId: string; agentId: string }[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, AssignedShiftRow>> {
    if (pairs.length === 0) return new Map();
    const rows: AssignedShiftRow[] = await manager.query(
      `SELECT a.shift_id AS "shiftId", a.agent_id AS "agentId", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
              COALESCE(s.label, t.label) AS "label"
         FROM unnest($1::uuid[], $2::uuid[]) AS p(shift_id, agent_id)
         JOIN assignment a ON a.shift_id = p.shift_id AND a.agent_id = p.agent_id
         JOIN shift s ON s.id = a.shift_id JOIN shift_type t ON t.id = s.shift_type_id`,
      [pairs.map((p) => p.shiftId), pairs.map((p) => p.agentId)],
    );
    return new Map(rows.map((row) => [`${row.shiftId}|${row.agentId}`, row]));
  }

  /** Blocks concurrent writes of one agent's time until the transaction ends. */
  async lockAgent(agentId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT id FROM agent WHERE id = $1 FOR UPDATE`, [agentId]);
    return rows.length > 0;
  }

  recordOn(shiftId: string, agentId: string, manager: EntityManager): Promise<WorkedTime | null> {
    return manager.findOneBy(WorkedTime, { shiftId, agentId });
  }

  /** A new worked record. */
  insertRecord(
    values: Pick<WorkedTime, 'shiftId' | 'agentId' | 'startsAt' | 'endsAt' | 'reason' | 'compensation'> &
      Pick<WorkedTime, 'recordedById' | 'recordedByName' | 'recordedAt'>,
    manager: EntityManager,
  ): Promise<WorkedTime> {
    return manager.save(manager.create(WorkedTime, values));
  }

  /**
   * A correction of the record read at `version` (optimistic lock): the record as it is now, or
   * null when somebody else corrected it meanwhile.
   */
  async updateRecord(
    id: string,
    version: number,
    values: Pick<WorkedTime, 'startsAt' | 'endsAt' | 'reason' | 'compensation'> &
      Pick<WorkedTime, 'recordedById' | 'recordedByName' | 'recordedAt'>,
    manager: EntityManager,
  ): Promise<WorkedTime | null> {
    const result = await manager
      .createQueryBuilder()
      .update(WorkedTime)
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected ? manager.findOneByOrFail(WorkedTime, { id }) : null;
  }

  /** The worked records of one shift, earliest start first. */
  ofShift(shiftId: string, manager: EntityManager = this.dataSource.manager): Promise<WorkedTime[]> {
    return manager.find(WorkedTime, { where: { shiftId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** A page of one agent's worked records in [from, to), latest first; `limit + 1` rows. */
  pageOfAgent(
    agentId: string,
    from: Date,
    to: Date,
    limit: number,
    after?: { startsAt: string; id: string },
  ): Promise<WorkedTime[]> {
    const qb = this.dataSource
      .getRepository(WorkedTime)
      .createQueryBuilder('w')
      .where('w.agent_id = :agentId', { agentId })
      .andWhere('w.starts_at >= :from AND w.starts_at < :to', { from, to });
    if (after) qb.andWhere('(w.starts_at, w.id) < (:startsAt::timestamptz, :id)', after);
    return qb
      .orderBy('w.starts_at', 'DESC')
      .addOrderBy('w.id', 'DESC')
      .limit(limit + 1)
      .getMany();
  }

  /** How these agents' hours are counted, when chosen (all when null). */
  countings(
    agentIds: readonly string[] | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TimeCounting[]> {
    const qb = manager.getRepository(TimeCounting).createQueryBuilder('c');
    if (agentIds) qb.where('c.agent_id = ANY(:agentIds)', { agentIds });
    return qb.getMany();
  }

  /** The opening balances of a year (these agents, or all when null). */
  openings(
    year: number,
    agentIds: readonly string[] | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TimeAccountOpening[]> {
    const qb = manager
      .getRepository(TimeAccountOpening)
      .createQueryBuilder('o')
      .where('o.year = :year', { year });
    if (agentIds) qb.andWhere('o.agent_id = ANY(:agentIds)', { agentIds });
    return qb.getMany();
  }

  /** The FIA dates of the recruits who became these agents (all when null): « Début » and « Fin de formation ». */
  trainings(
    agentIds: readonly string[] | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TrainingRow[]> {
    return manager.query(
      `SELECT r.agent_id AS "agentId",
              to_char(min(m.date) FILTER (WHERE m.milestone = 'TRAINING_STARTED'), 'YYYY-MM-DD') AS "started",
              to_char(min(m.date) FILTER (WHERE m.milestone = 'TRAINING_COMPLETED'), 'YYYY-MM-DD') AS "completed"
         FROM recruitment r
         JOIN recruitment_milestone m ON m.recruitment_id = r.id
        WHERE r.agent_id IS NOT NULL AND ($1::uuid[] IS NULL OR r.agent_id = ANY($1::uuid[]))
        GROUP BY r.agent_id`,
      [agentIds],
    );
  }

  counting(agentId: string, manager: EntityManager): Promise<TimeCounting | null> {
    return manager.getRepository(TimeCounting).findOne({ where: { agentId } });
  }

  async saveCounting(values: TimeCounting, manager: EntityManager): Promise<TimeCounting> {
    await manager.getRepository(TimeCounting).upsert(values, ['agentId']);
    return (await this.counting(values.agentId, manager))!;
  }

  removeCounting(agentId: string, manager: EntityManager): Promise<unknown> {
    return manager.getRepository(TimeCounting).delete({ agentId });
  }

  opening(agentId: string, year: number, manager: EntityManager): Promise<TimeAccountOpening | null> {
    return manager.getRepository(TimeAccountOpening).findOne({ where: { agentId, year } });
  }

  insertOpening(
    values: Omit<TimeAccountOpening, 'id' | 'version' | keyof ServiceOwned>,
    manager: EntityManager,
  ): Promise<TimeAccountOpening> {
    const repository = manager.getRepository(TimeAccountOpening);
    return repository.save(repository.create(values));
  }

  /** Replaces an opening at the version read; null when someone changed it meanwhile. */
  async updateOpening(
    id: string,
    version: number,
    values: Partial<TimeAccountOpening>,
    manager: EntityManager,
  ): Promise<TimeAccountOpening | null> {
    const result = await manager
      .getRepository(TimeAccountOpening)
      .createQueryBuilder()
      .update()
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (!result.affected) return null;
    return manager.getRepository(TimeAccountOpening).findOneBy({ id });
  }
}
