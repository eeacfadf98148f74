import { Injectable } from '@nestjs/common';
import {
  CreateCycleDto,
  CYCLE_LIMITS,
  CyclePageResponse,
  CycleResponse,
  CycleRolloutResponse,
  expandCycle,
  lastRolloutDay,
  PageQueryDto,
  RolloutCycleDto,
  UpdateCycleDto,
} from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../../common/audit/audit.service';
import { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { saveUnique, UniqueField } from '../../../common/db/save-unique';
import { updateVersioned } from '../../../common/db/versioned-update';
import { DomainException } from '../../../common/errors/domain.exception';
import { decodeCursor, pageSize, toPage } from '../../../common/http/cursor';
import { type Agent, AgentsRepository } from '../../agents/agents.repository';
import { AssignmentGuard } from '../assignment-guard';
import { ShiftType } from '../shift-type.entity';
import { toCycleResponse } from './cycles.mapper';
import { CyclesRepository } from './cycles.repository';
import { PlacementWriter } from './placement-writer';
import { WorkCycle } from './work-cycle.entity';

const NAME: UniqueField = {
  constraint: 'uq_work_cycle_name',
  code: 'CYCLE_NAME_TAKEN',
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
    private readonly writer: PlacementWriter,
    private readonly agents: AgentsRepository,
  ) {}

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
      const report = await this.writer.write(
        manager,
        agents.map((agent) => ({ agent, days: planned })),
        { from, to, actor, what: 'un cycle' },
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
        throw DomainException.rule(
          `Aucun agent en service dans la brigade « ${brigade} ».`,
          [],
          'CYCLE_BRIGADE_EMPTY',
        );
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
    throw DomainException.invalid(
      [{ field: 'to', message: 'ne peut pas précéder la date de début' }],
      'PERIOD_REVERSED',
    );
  }
  if (to > lastRolloutDay(from, CYCLE_LIMITS.rolloutMonths)) {
    throw DomainException.invalid(
      [{ field: 'to', message: `un cycle se met en place sur ${CYCLE_LIMITS.rolloutMonths} mois au plus` }],
      'PERIOD_TOO_LONG',
    );
  }
  return { from, to };
}

function unknownReference(field: string, message: string): DomainException {
  return new DomainException('UNKNOWN_REFERENCE', `Référence inconnue : ${message}.`, {
    errors: [{ field, message }],
  });
}
