import { Inject, Injectable } from '@nestjs/common';
import {
  CreateCycleDto,
  CYCLE_LIMITS,
  CyclePageResponse,
  CycleResponse,
  CycleRolloutResponse,
  CycleSkipResponse,
  CycleSkipRule,
  expandCycle,
  formatDateFr,
  lastRolloutDay,
  PageQueryDto,
  RolloutCycleDto,
  UpdateCycleDto,
} from '@vigie/shared';
import { DataSource, EntityManager, In } from 'typeorm';

import { AuditService } from '../../../common/audit/audit.service';
import { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { saveUnique, UniqueField } from '../../../common/db/save-unique';
import { updateVersioned } from '../../../common/db/versioned-update';
import { DomainException } from '../../../common/errors/domain.exception';
import { decodeCursor, pageSize, toPage } from '../../../common/http/cursor';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import type { Agent } from '../../agents/agent.entity';
import { AgentsRepository } from '../../agents/agents.repository';
import { AssignmentGuard } from '../assignment-guard';
import { localDateOf, publishedDays } from '../roster-period';
import { Shift } from '../shift.entity';
import { shiftOfType } from '../shift-needs';
import { ShiftType } from '../shift-type.entity';
import { toCycleResponse } from './cycles.mapper';
import { CyclesRepository } from './cycles.repository';
import { WorkCycle } from './work-cycle.entity';

interface Placement {
  date: string;
  shiftTypeId: string;
  type: ShiftType;
}

/** One agent's roll-out: who, by whom, the shifts found or made so far, the report being written. */
interface RolloutRun {
  agent: Agent;
  name: string;
  actor: AuthenticatedUser;
  shifts: Map<string, Shift>;
  report: CycleRolloutResponse;
}

const NAME: UniqueField = {
  constraint: 'uq_work_cycle_name',
  field: 'name',
  message: 'déjà utilisé',
  detail: 'Un cycle porte déjà ce nom.',
};

/**
 * Work cycles (cycles de travail, décret 2000-815 art. 4): defined once, rolled out into the
 * draft roster through the same guard as any assignment.
 */
@Injectable()
export class CyclesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly guard: AssignmentGuard,
    private readonly cycles: CyclesRepository,
    private readonly agents: AgentsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get zone(): string {
    return this.config.ruleSet.timeZone;
  }

  async list(query: PageQueryDto): Promise<CyclePageResponse> {
    const limit = pageSize(query.limit);
    let after: { name: string; id: string } | undefined;
    if (query.cursor) {
      const [name, id] = decodeCursor(query.cursor, ['string', 'string']) as string[];
      after = { name, id };
    }
    const rows = await this.cycles.page(limit, after);
    const types = await this.typesById(this.dataSource.manager);
    return toPage(
      rows,
      limit,
      (cycle) => toCycleResponse(cycle, types),
      (cycle) => [cycle.name, cycle.id],
    );
  }

  async create(dto: CreateCycleDto, actor: AuthenticatedUser): Promise<CycleResponse> {
    const assignee = checkAssignee(dto.brigade, dto.agentIds, true)!;
    return this.dataSource.transaction(async (manager) => {
      const types = await this.typesById(manager);
      checkDays(dto.days, types);
      if (assignee.agentIds.length) await this.checkAgents(manager, assignee.agentIds);
      const cycle = await saveUnique(NAME, () =>
        manager.save(
          manager.create(WorkCycle, {
            name: dto.name.trim(),
            startDate: dto.startDate,
            days: dto.days,
            ...assignee,
          }),
        ),
      );
      await this.audit.record(
        { actor, action: 'CREATE', entity: 'work_cycle', entityId: cycle.id, details: { name: cycle.name } },
        manager,
      );
      return toCycleResponse(cycle, types);
    });
  }

  async update(id: string, dto: UpdateCycleDto, actor: AuthenticatedUser): Promise<CycleResponse> {
    const assignee = checkAssignee(dto.brigade, dto.agentIds, false);
    return this.dataSource.transaction(async (manager) => {
      const types = await this.typesById(manager);
      if (dto.days) checkDays(dto.days, types);
      if (assignee?.agentIds.length) await this.checkAgents(manager, assignee.agentIds);
      const { version, brigade: _b, agentIds: _a, name, ...rest } = dto;
      const updated = await saveUnique(NAME, () =>
        updateVersioned(
          manager,
          WorkCycle,
          id,
          version,
          { ...rest, ...(name !== undefined ? { name: name.trim() } : {}), ...(assignee ?? {}) },
          'Cycle',
        ),
      );
      await this.audit.record(
        {
          actor,
          action: 'UPDATE',
          entity: 'work_cycle',
          entityId: id,
          details: { fields: Object.keys(dto).filter((field) => field !== 'version') },
        },
        manager,
      );
      return toCycleResponse(updated, types);
    });
  }

  /**
   * Puts each agent on the shift of the cycle's type, day after day, in one transaction. Each
   * placement is tried under a savepoint through the assignment guard (agents locked, overlap,
   * then every hard rule of the agent's neighbourhood); a refusal rolls back that placement only
   * and is reported with the rule's own French message. A day without a shift of the type gets
   * the one « Générer les créneaux » would make, kept only when someone is placed on it.
   */
  async rollout(id: string, dto: RolloutCycleDto, actor: AuthenticatedUser): Promise<CycleRolloutResponse> {
    const { from, to } = checkRolloutPeriod(dto.from, dto.to);
    checkAssignee(dto.brigade, dto.agentIds, false);
    return this.dataSource.transaction(async (manager) => {
      const cycle = await this.cycles.byId(id, manager);
      if (!cycle) throw DomainException.notFound('Cycle');
      const agents = await this.agentsOf(manager, cycle, dto);
      await this.guard.lockAgents(
        manager,
        agents.map((agent) => agent.id),
      );
      const planned = expandCycle(cycle, from, to);
      const typeIds = [...new Set(planned.map((day) => day.shiftTypeId))];
      const types = new Map(
        (await manager.findBy(ShiftType, { id: In(typeIds) })).map((type) => [type.id, type]),
      );
      const published = await publishedDays(manager, from, to);
      const shifts = this.shiftByDay(
        await this.cycles.shiftsOf(manager, typeIds, from, to, this.zone),
        types,
      );
      const assigned = await this.cycles.assignedPairs(
        manager,
        [...shifts.values()].map((shift) => shift.id),
        agents.map((agent) => agent.id),
      );
      const report: CycleRolloutResponse = { created: 0, alreadyPresent: 0, shiftsCreated: 0, skipped: [] };

      const todo: Placement[] = [];
      for (const agent of agents) {
        const name = `${agent.firstName} ${agent.lastName}`;
        const skip = (
          date: string,
          shiftTypeId: string,
          violations: CycleSkipResponse['violations'],
        ): void => {
          report.skipped.push({ date, agentId: agent.id, agentName: name, shiftTypeId, violations });
        };
        for (const { date, shiftTypeId } of planned) {
          const type = types.get(shiftTypeId);
          if (!type?.active) {
            skip(date, shiftTypeId, [
              {
                rule: CycleSkipRule.SHIFT_TYPE_UNAVAILABLE,
                message: `Le ${formatDateFr(date)}, le type de créneau du cycle n’existe plus ou est archivé (${name})`,
              },
            ]);
            continue;
          }
          if (published.has(date)) {
            skip(date, shiftTypeId, [
              {
                rule: CycleSkipRule.PUBLISHED_PERIOD,
                message: `Le ${formatDateFr(date)} est publié : un cycle ne modifie pas une période publiée (${name})`,
              },
            ]);
            continue;
          }
          const existing = shifts.get(`${shiftTypeId}|${date}`);
          if (existing && assigned.has(`${existing.id}|${agent.id}`)) {
            report.alreadyPresent += 1;
            continue;
          }
          todo.push({ date, shiftTypeId, type });
        }
        await this.place(manager, { agent, name, actor, shifts, report }, todo);
        todo.length = 0;
      }
      const rank = new Map(agents.map((agent, index) => [agent.id, index]));
      report.skipped.sort(
        (a, b) => rank.get(a.agentId)! - rank.get(b.agentId)! || a.date.localeCompare(b.date),
      );
      await this.audit.record(
        {
          actor,
          action: 'ROLLOUT',
          entity: 'work_cycle',
          entityId: cycle.id,
          details: {
            from,
            to,
            agents: agents.length,
            created: report.created,
            skipped: report.skipped.length,
          },
        },
        manager,
      );
      return report;
    });
  }

  /**
   * Places the days under a savepoint, all at once; when the guard refuses, the days are split in
   * two halves placed one after the other, down to the single day that is refused and reported.
   * A lawful month costs one rules check instead of one per day; what is written is always what
   * the guard accepted.
   */
  private async place(manager: EntityManager, run: RolloutRun, days: readonly Placement[]): Promise<void> {
    if (days.length === 0) return;
    const savepoint = `cycle_${run.report.created}_${days.length}_${days[0].date.replaceAll('-', '')}`;
    await manager.query(`SAVEPOINT ${savepoint}`);
    const made = new Map<string, Shift>();
    try {
      const chosen: Shift[] = [];
      for (const day of days) {
        const key = `${day.shiftTypeId}|${day.date}`;
        const shift = run.shifts.get(key) ?? (await this.createShift(manager, day.type, day.date));
        if (!run.shifts.has(key)) made.set(key, shift);
        chosen.push(shift);
      }
      const ids = chosen.map((shift) => shift.id);
      const before = await this.guard.findingsOf(manager, [run.agent.id], ids);
      for (const shift of chosen) await this.guard.insert(manager, shift, run.agent.id, run.actor);
      await this.guard.refuseNewViolations(manager, [run.agent.id], ids, before);
      await manager.query(`RELEASE SAVEPOINT ${savepoint}`);
      for (const [key, shift] of made) run.shifts.set(key, shift);
      run.report.shiftsCreated += made.size;
      run.report.created += days.length;
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      await manager.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
      await manager.query(`RELEASE SAVEPOINT ${savepoint}`);
      if (days.length > 1) {
        const half = Math.ceil(days.length / 2);
        await this.place(manager, run, days.slice(0, half));
        await this.place(manager, run, days.slice(half));
        return;
      }
      const violations = error.options.violations ?? [];
      run.report.skipped.push({
        date: days[0].date,
        agentId: run.agent.id,
        agentName: run.name,
        shiftTypeId: days[0].shiftTypeId,
        violations:
          violations.length > 0
            ? violations.map(({ rule, message }) => ({ rule, message }))
            : [{ rule: error.code, message: error.detail }],
      });
    }
  }

  private async typesById(manager: EntityManager): Promise<Map<string, ShiftType>> {
    return new Map((await manager.find(ShiftType)).map((type) => [type.id, type]));
  }

  private async checkAgents(manager: EntityManager, agentIds: readonly string[]): Promise<void> {
    if ((await this.agents.count(agentIds, manager)) !== agentIds.length) {
      throw unknownReference('agentIds', 'agent inconnu');
    }
  }

  /** Who the roll-out is for: the body's agents or brigade, else the cycle's own. */
  private async agentsOf(manager: EntityManager, cycle: WorkCycle, dto: RolloutCycleDto): Promise<Agent[]> {
    const agentIds = dto.agentIds ?? (dto.brigade ? undefined : cycle.agentIds);
    const brigade = dto.brigade ?? (dto.agentIds ? null : cycle.brigade);
    if (brigade) {
      const members = await this.agents.inBrigade(brigade, manager);
      if (members.length === 0) {
        throw DomainException.rule(`Aucun agent en service dans la brigade « ${brigade} ».`);
      }
      return members;
    }
    const found = await this.agents.byIds(agentIds ?? [], manager);
    if (found.length !== (agentIds ?? []).length || found.length === 0) {
      throw unknownReference('agentIds', 'agent inconnu');
    }
    return found.sort(
      (a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr'),
    );
  }

  /**
   * The shift each (type, local date) stands for: an unlabelled one first (the generated shift or
   * one made by hand), else an event shift of the type starting at the type's own time.
   */
  private shiftByDay(found: Shift[], types: ReadonlyMap<string, ShiftType>): Map<string, Shift> {
    const byDay = new Map<string, Shift>();
    for (const shift of [...found].sort((a, b) => Number(a.label !== null) - Number(b.label !== null))) {
      const day = localDateOf(shift.startsAt, this.zone);
      const key = `${shift.shiftTypeId}|${day}`;
      if (byDay.has(key)) continue;
      const type = types.get(shift.shiftTypeId);
      if (
        shift.label !== null &&
        type &&
        shift.startsAt.getTime() !== shiftOfType(type, day, this.zone).startsAt.getTime()
      ) {
        continue;
      }
      byDay.set(key, shift);
    }
    return byDay;
  }

  /** The shift « Générer les créneaux » makes for the type that day (same builder). */
  private async createShift(manager: EntityManager, type: ShiftType, date: string): Promise<Shift> {
    return manager.save(manager.create(Shift, shiftOfType(type, date, this.zone)));
  }
}

/** `brigade` or `agentIds`, not both; on a creation, one of them. */
function checkAssignee(
  brigade: string | undefined,
  agentIds: string[] | undefined,
  required: boolean,
): { brigade: string | null; agentIds: string[] } | null {
  if (brigade !== undefined && agentIds !== undefined) {
    throw DomainException.invalid([
      { field: 'agentIds', message: 'une brigade ou des agents, pas les deux' },
    ]);
  }
  if (brigade !== undefined) {
    if (!brigade.trim())
      throw DomainException.invalid([{ field: 'brigade', message: 'ne peut pas être vide' }]);
    return { brigade: brigade.trim(), agentIds: [] };
  }
  if (agentIds !== undefined) return { brigade: null, agentIds };
  if (required) {
    throw DomainException.invalid([
      { field: 'brigade', message: 'attribuez le cycle à une brigade ou à des agents' },
    ]);
  }
  return null;
}

function checkDays(days: readonly (string | null)[], types: ReadonlyMap<string, ShiftType>): void {
  const unknown = days.findIndex((day) => day !== null && !types.get(day)?.active);
  if (unknown >= 0) throw unknownReference(`days.${unknown}`, 'type de créneau inconnu ou archivé');
}

function checkRolloutPeriod(from: string, to: string): { from: string; to: string } {
  if (to < from) {
    throw DomainException.invalid([{ field: 'to', message: 'ne peut pas précéder la date de début' }]);
  }
  if (to > lastRolloutDay(from, CYCLE_LIMITS.rolloutMonths)) {
    throw DomainException.invalid([
      { field: 'to', message: `un cycle se met en place sur ${CYCLE_LIMITS.rolloutMonths} mois au plus` },
    ]);
  }
  return { from, to };
}

function unknownReference(field: string, message: string): DomainException {
  return new DomainException('RULE_VIOLATION', `Référence inconnue : ${message}.`, {
    errors: [{ field, message }],
  });
}
