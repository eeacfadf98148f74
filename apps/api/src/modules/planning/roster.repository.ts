import { Inject, Injectable } from '@nestjs/common';
import {
  ABSENCE_KIND_LABELS,
  AbsenceStatus,
  addDays,
  calendarOf,
  daysOutsideSecondments,
  GRADE_CATEGORY,
  lowerFirst,
  qualificationPeriods,
  RosterAbsence,
  RosterAgent,
  RosterAssignment,
  RosterDerogation,
  RosterInput,
  RosterShift,
  SecondmentShare,
  STAFF_CATEGORIES,
  weekStart,
} from '@vigie/shared';
import { Brackets, EntityManager, In } from 'typeorm';

import { microsOf } from '../../common/http/cursor';
import { requireService } from '../../common/tenancy/tenant';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { type Agent, AgentsRepository } from '../agents/agents.repository';
import { SecondmentsRepository } from '../secondments/secondments.repository';
import { Absence } from './absence.entity';
import { Assignment } from './assignment.entity';
import { Derogation } from './derogation.entity';
import { WorkedHistory, workedHistory } from './planner/worked-history';
import { RosterChange } from './roster-change.entity';
import { RosterPublication } from './roster-publication.entity';
import { Shift } from './shift.entity';
import { needsOf } from './shift-needs';
import { ShiftType } from './shift-type.entity';

/** Days of history the 12-week average needs before the first checked week. */
const HISTORY_DAYS = 7 * 11;
/** Days after the checked period that the rests and the last week's rules need. */
const FUTURE_DAYS = 8;

export function shiftLabel(shift: Shift, type: ShiftType | undefined): string {
  return shift.label ?? type?.label ?? 'Créneau';
}

export function toRosterShift(shift: Shift, type: ShiftType | undefined): RosterShift {
  return {
    id: shift.id,
    label: shiftLabel(shift, type),
    startsAt: shift.startsAt.toISOString(),
    endsAt: shift.endsAt.toISOString(),
    ...needsOf(shift),
  };
}

export interface LoadedRoster {
  input: RosterInput;
  shifts: Shift[];
  types: Map<string, ShiftType>;
  assignments: Assignment[];
  agents: Agent[];
}

export interface LoadScope {
  from: string;
  to: string;
  /** Only these agents' assignments (the neighbourhood check of one assignment); all when omitted. */
  agentIds?: string[];
  /** Shifts that must be loaded whatever the scope (the one being assigned). */
  shiftIds?: string[];
}

/**
 * Everything the rules engine needs for a period, in a handful of queries: the shifts of the
 * period and of the eleven weeks before (12-week average), their assignments, the agents with
 * their valid qualifications day by day, and the approved absences.
 */
@Injectable()
export class RosterRepository {
  constructor(
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'ruleSet'>,
    private readonly agentsRepository: AgentsRepository,
    private readonly secondments: SecondmentsRepository,
  ) {}

  /**
   * The agent's assignments overlapping [from, to) (ISO instants), with the shift's label: what
   * the armoury reads to know whether he is on duty.
   */
  async dutyOf(
    manager: EntityManager,
    agentId: string,
    from: Date,
    to: Date,
  ): Promise<{ shiftId: string; startsAt: Date; endsAt: Date }[]> {
    return manager.query(
      `SELECT shift_id AS "shiftId", starts_at AS "startsAt", ends_at AS "endsAt"
         FROM assignment WHERE agent_id = $1 AND starts_at < $3 AND ends_at > $2 ORDER BY starts_at`,
      [agentId, from, to],
    );
  }

  /** These shifts, each with the label a reader sees (its own, else its type's). */
  async labelled(ids: readonly string[], manager: EntityManager): Promise<{ shift: Shift; label: string }[]> {
    if (ids.length === 0) return [];
    const shifts = await manager.findBy(Shift, { id: In([...ids]) });
    const typeIds = [...new Set(shifts.map((shift) => shift.shiftTypeId))];
    const types = new Map(
      (await manager.findBy(ShiftType, { id: In(typeIds) })).map((type) => [type.id, type]),
    );
    return shifts.map((shift) => ({ shift, label: shiftLabel(shift, types.get(shift.shiftTypeId)) }));
  }

  /**
   * What each of these agents worked from the first of January to the day before `from`, with the
   * days he was there to work them (in the service and not on an approved absence): the year's
   * fairness (planner). One pass over the year's assignments, read by the shared rules.
   */
  async workedBefore(
    manager: EntityManager,
    from: string,
    agents: readonly Agent[],
    publicHolidays: (from: string, to: string) => ReadonlySet<string>,
  ): Promise<Map<string, WorkedHistory>> {
    const ruleSet = this.config.ruleSet;
    const zone = ruleSet.timeZone;
    const yearStart = `${from.slice(0, 4)}-01-01`;
    const result = new Map<string, WorkedHistory>();
    if (agents.length === 0 || from <= yearStart) return result;
    const agentIds = agents.map((agent) => agent.id);
    const range = { yearStart, from, zone, agentIds };
    const rows: { agentId: string; startsAt: Date; endsAt: Date }[] = await manager
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoin(Shift, 's', 's.id = a.shift_id')
      .select(['a.agent_id AS "agentId"', 's.starts_at AS "startsAt"', 's.ends_at AS "endsAt"'])
      .where('a.agent_id IN (:...agentIds)', range)
      .andWhere(`s.starts_at >= (CAST(:yearStart AS date) AT TIME ZONE :zone)`, range)
      .andWhere(`s.starts_at < (CAST(:from AS date) AT TIME ZONE :zone)`, range)
      .getRawMany();
    const absences = await manager
      .getRepository(Absence)
      .createQueryBuilder('ab')
      .where('ab.agent_id IN (:...agentIds)', range)
      .andWhere('ab.status = :approved', { approved: AbsenceStatus.APPROVED })
      .andWhere(`ab.ends_at > (CAST(:yearStart AS date) AT TIME ZONE :zone)`, range)
      .andWhere(`ab.starts_at < (CAST(:from AS date) AT TIME ZONE :zone)`, range)
      .getMany();
    const since = await this.firstRosterDay(manager, from);
    if (!since) return result;
    const holidays = publicHolidays(yearStart, addDays(from, -1));
    return workedHistory({
      ruleSet,
      from,
      since,
      agents,
      holidays,
      worked: rows.map((row) => ({
        agentId: row.agentId,
        startsAt: new Date(row.startsAt).toISOString(),
        endsAt: new Date(row.endsAt).toISOString(),
      })),
      absences: absences.map((absence) => ({
        agentId: absence.agentId,
        startsAt: absence.startsAt.toISOString(),
        endsAt: absence.endsAt.toISOString(),
      })),
    });
  }

  /**
   * The first day of `from`'s year, before `from`, Vigie holds a roster of: the year's fairness
   * counts from there (an install in the course of the year has no history before: nobody "owes"
   * those days). Null when there is none.
   */
  async firstRosterDay(manager: EntityManager, from: string): Promise<string | null> {
    const range = { yearStart: `${from.slice(0, 4)}-01-01`, from, zone: this.config.ruleSet.timeZone };
    if (from <= range.yearStart) return null;
    const first: { day: string | null } | undefined = await manager
      .getRepository(Shift)
      .createQueryBuilder('s')
      .select(`to_char(min(s.starts_at) AT TIME ZONE :zone, 'YYYY-MM-DD')`, 'day')
      .where(`s.starts_at >= (CAST(:yearStart AS date) AT TIME ZONE :zone)`, range)
      .andWhere(`s.starts_at < (CAST(:from AS date) AT TIME ZONE :zone)`, range)
      .getRawOne();
    return first?.day ?? null;
  }

  async load(manager: EntityManager, scope: LoadScope): Promise<LoadedRoster> {
    const ruleSet = this.config.ruleSet;
    const windowStart = addDays(weekStart(scope.from), -HISTORY_DAYS);
    const windowEnd = addDays(weekStart(scope.to), FUTURE_DAYS + 7);
    const zone = ruleSet.timeZone;

    const shiftQuery = manager
      .getRepository(Shift)
      .createQueryBuilder('s')
      .where(`s.ends_at > (CAST(:windowStart AS date) AT TIME ZONE :zone)`, { windowStart, zone })
      .andWhere(`s.starts_at < (CAST(:windowEnd AS date) AT TIME ZONE :zone)`, { windowEnd });
    if (scope.agentIds) {
      shiftQuery.andWhere(
        new Brackets((where) => {
          where.where('s.id IN (SELECT shift_id FROM assignment WHERE agent_id IN (:...agentIds))', {
            agentIds: scope.agentIds,
          });
          if (scope.shiftIds?.length) where.orWhere('s.id IN (:...shiftIds)', { shiftIds: scope.shiftIds });
        }),
      );
    }
    const shifts = await shiftQuery.getMany();
    const shiftIds = shifts.map((shift) => shift.id);

    // Sequential on purpose: inside a transaction, one connection runs one query at a time.
    const assignments =
      shiftIds.length === 0
        ? []
        : await manager.findBy(Assignment, {
            shiftId: In(shiftIds),
            ...(scope.agentIds ? { agentId: In(scope.agentIds) } : {}),
          });
    const types = await manager.find(ShiftType);
    const agents = scope.agentIds
      ? await this.agentsRepository.byIds(scope.agentIds, manager)
      : await this.agentsRepository.present(
          assignments.map((assignment) => assignment.agentId),
          manager,
        );
    const agentIds = agents.map((agent) => agent.id);

    const qualifications = await this.agentsRepository.qualificationsOf(agentIds, manager);
    const decisions = await this.agentsRepository.firearmDecisionsOf(agentIds, manager);
    const absences = agentIds.length
      ? await manager
          .getRepository(Absence)
          .createQueryBuilder('ab')
          .where('ab.agent_id IN (:...agentIds)', { agentIds })
          .andWhere('ab.status = :approved', { approved: AbsenceStatus.APPROVED })
          .andWhere(`ab.ends_at > (CAST(:windowStart AS date) AT TIME ZONE :zone)`, { windowStart, zone })
          .andWhere(`ab.starts_at < (CAST(:windowEnd AS date) AT TIME ZONE :zone)`, { windowEnd })
          .getMany()
      : [];

    const derogations = await this.derogationsInForce(manager, agentIds, windowStart, windowEnd);
    const seconded = await this.secondedDuty(manager, agents, windowStart, windowEnd);

    const typesById = new Map(types.map((type) => [type.id, type]));
    const rosterAgents: RosterAgent[] = agents.map((agent) => ({
      id: agent.id,
      name: `${agent.firstName} ${agent.lastName}`,
      status: agent.status,
      category: GRADE_CATEGORY[agent.grade],
      grade: agent.grade,
      contractRatio: agent.contractRatio,
      ...(seconded.shares.has(agent.id) && { secondments: seconded.shares.get(agent.id) }),
      qualifications: qualificationPeriods(
        qualifications.filter((q) => q.agentId === agent.id),
        decisions.filter((d) => d.agentId === agent.id),
        addDays(scope.from, -7),
        addDays(scope.to, FUTURE_DAYS),
      ),
    }));
    const rosterAbsences: RosterAbsence[] = absences.map((absence) => ({
      id: absence.id,
      agentId: absence.agentId,
      startsAt: absence.startsAt.toISOString(),
      endsAt: absence.endsAt.toISOString(),
      label: lowerFirst(ABSENCE_KIND_LABELS[absence.kind]),
    }));
    rosterAbsences.push(...seconded.absences);
    const rosterAssignments: RosterAssignment[] = assignments.map(({ shiftId, agentId }) => ({
      shiftId,
      agentId,
    }));
    rosterAssignments.push(...seconded.assignments);
    return {
      input: {
        ruleSet,
        agents: rosterAgents,
        shifts: [
          ...shifts.map((shift) => toRosterShift(shift, typesById.get(shift.shiftTypeId))),
          ...seconded.shifts,
        ],
        assignments: rosterAssignments,
        absences: rosterAbsences,
        from: scope.from,
        to: scope.to,
        derogations,
      },
      shifts,
      types: typesById,
      assignments,
      agents,
    };
  }

  /**
   * What the rules must count of the seconded agents among these (CSI L512-1: one agent, one
   * working time, whichever commune he serves): their shifts and approved absences in their other
   * services, as shifts this service neither plans nor covers and as absences; and, for another
   * service's agent at this one's disposal, the days outside his secondments, as absences.
   */
  private async secondedDuty(
    manager: EntityManager,
    agents: readonly Agent[],
    windowStart: string,
    windowEnd: string,
  ): Promise<
    Pick<RosterInput, 'shifts' | 'assignments' | 'absences'> & { shares: Map<string, SecondmentShare[]> }
  > {
    const zone = this.config.ruleSet.timeZone;
    const calendar = calendarOf(zone);
    const instant = (date: string): string => new Date(calendar.dayStart(date)).toISOString();
    const here = requireService();
    const duty = await this.secondments.dutyElsewhere(
      manager,
      agents.map((agent) => agent.id),
      new Date(calendar.dayStart(windowStart)),
      new Date(calendar.dayStart(windowEnd)),
      zone,
    );
    const shifts: RosterShift[] = [];
    const assignments: RosterAssignment[] = [];
    const absences: RosterAbsence[] = [];
    for (const item of duty) {
      const times = { startsAt: item.startsAt.toISOString(), endsAt: item.endsAt.toISOString() };
      if (item.kind === 'ABSENCE') {
        absences.push({
          id: item.itemId,
          agentId: item.agentId,
          ...times,
          label: `absence (${item.serviceName})`,
        });
        continue;
      }
      if (!shifts.some((shift) => shift.id === item.itemId)) {
        shifts.push({
          id: item.itemId,
          label: `créneau de ${item.serviceName}`,
          ...times,
          minAgents: 0,
          requirements: [],
          requiredForAll: [],
          categories: STAFF_CATEGORIES,
          grades: null,
          allowsTrainees: true,
          breakMinutes: item.breakMinutes,
          elsewhere: item.serviceName,
        });
      }
      assignments.push({ shiftId: item.itemId, agentId: item.agentId });
    }
    const guests = agents.filter((agent) => agent.serviceId !== here);
    const toHere = await this.secondments.toHere(
      manager,
      guests.map((agent) => agent.id),
    );
    const shares = new Map<string, SecondmentShare[]>();
    for (const agent of guests) {
      const periods = toHere
        .filter((secondment) => secondment.agentId === agent.id)
        .map((secondment) => ({
          from: secondment.startDate,
          to: secondment.endDate,
          sharePercent: secondment.sharePercent,
        }));
      shares.set(agent.id, periods);
      for (const outside of daysOutsideSecondments(periods, {
        from: windowStart,
        to: addDays(windowEnd, -1),
      })) {
        absences.push({
          id: `hors-${agent.id}-${outside.from}`,
          agentId: agent.id,
          startsAt: instant(outside.from),
          endsAt: instant(addDays(outside.to, 1)),
          label: 'dehors de sa mise à disposition',
        });
      }
    }
    return { shifts, assignments, absences, shares };
  }

  /**
   * The derogations in force (not revoked) for one of these agents on a day of [from, to], in the
   * order they were recorded, as the rules engine reads them.
   */
  private async derogationsInForce(
    manager: EntityManager,
    agentIds: readonly string[],
    from: string,
    to: string,
  ): Promise<RosterDerogation[]> {
    if (agentIds.length === 0) return [];
    const rows = await manager
      .getRepository(Derogation)
      .createQueryBuilder('d')
      .where('d.revoked_at IS NULL')
      .andWhere('d.agent_ids && CAST(:agentIds AS uuid[])', { agentIds: [...agentIds] })
      .andWhere('d.start_date <= :to AND d.end_date >= :from', { from, to })
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
    return rows.map((row) => ({
      id: row.id,
      rule: row.rule,
      limit: row.limitValue,
      agentIds: row.agentIds,
      from: row.startDate,
      to: row.endDate,
      title: row.title,
    }));
  }

  /** Waits for, then holds until the transaction ends, the service's one publication lock. */
  async lockPublications(manager: EntityManager): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext($1), hashtext(vigie_current_service()::text))`,
      ['vigie:roster-publication'],
    );
  }

  /**
   * `take` publications overlapping [from, to], latest first (exact instant in microseconds, then
   * id), after the key `after` when given; each with its instant, the next page's key.
   */
  async publications(
    manager: EntityManager,
    from: string,
    to: string,
    take: number,
    after?: { at: number; id: string },
  ): Promise<{ publication: RosterPublication; at: number }[]> {
    const at = microsOf('p.published_at');
    const qb = manager
      .getRepository(RosterPublication)
      .createQueryBuilder('p')
      .addSelect(at, 'p_at')
      .where('p.from_date <= :to AND p.to_date >= :from', { from, to });
    if (after) qb.andWhere(`(${at}, p.id) < (:afterAt, :afterId)`, { afterAt: after.at, afterId: after.id });
    const { entities, raw } = await qb
      .orderBy('p_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(take)
      .getRawAndEntities<{ p_id: string; p_at: string }>();
    const instants = new Map(raw.map((row) => [row.p_id, Number(row.p_at)]));
    return entities.map((publication) => ({ publication, at: instants.get(publication.id)! }));
  }

  /** `take` of the agent's roster changes, latest first (by id, the order they were written), before `beforeId`. */
  changesOf(
    manager: EntityManager,
    agentId: string,
    take: number,
    beforeId?: string,
  ): Promise<RosterChange[]> {
    const qb = manager
      .getRepository(RosterChange)
      .createQueryBuilder('c')
      .where('c.agent_id = :agentId', { agentId });
    if (beforeId !== undefined) qb.andWhere('c.id < CAST(:before AS bigint)', { before: beforeId });
    return qb.orderBy('c.id', 'DESC').limit(take).getMany();
  }
}
