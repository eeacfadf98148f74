import { Inject, Injectable } from '@nestjs/common';
import {
  AbsenceDecisionDto,
  AbsenceFiltersDto,
  AbsencePageResponse,
  AbsenceQueryDto,
  AbsenceResponse,
  AbsenceStatus,
  addDays,
  checkAgentNeighbourhood,
  CreateAbsenceDto,
  localDateOf,
  RosterFinding,
  RosterRule,
  startOfLocalDay,
} from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { allowed, AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeCursor, pageSize, toPage } from '../../common/http/cursor';
import { Created, IdempotencyKeys, IdempotentRequest } from '../../common/idempotency/idempotency';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { type Agent, AgentsRepository } from '../agents/agents.repository';
import { TimeAccountsService } from '../time-accounts/time-accounts.service';
import { Absence } from './absence.entity';
import { AbsenceScope, AbsencesRepository } from './absences.repository';
import { AssignmentGuard } from './assignment-guard';
import { toAbsenceResponse } from './planning.mapper';
import { RosterRepository } from './roster.repository';

const MAX_ABSENCE_DAYS = 366;

@Injectable()
export class AbsencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly guard: AssignmentGuard,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rosters: RosterRepository,
    private readonly absences: AbsencesRepository,
    private readonly agents: AgentsRepository,
    private readonly accounts: TimeAccountsService,
    private readonly keys: IdempotencyKeys,
  ) {}

  /**
   * CHIEF and SUPERVISOR see every absence; an AGENT his own. Latest start first, then id,
   * keyset-paginated on the exact start (microseconds).
   */
  async list(query: AbsenceQueryDto, caller: AuthenticatedUser): Promise<AbsencePageResponse> {
    const limit = pageSize(query.limit);
    const scope = this.scope(query, caller);
    if (!scope) return { items: [], nextCursor: null };
    const after = query.cursor ? decodeCursor(query.cursor, ['integer', 'uuid']) : undefined;
    const rows = await this.absences.page(
      scope,
      limit + 1,
      after && { start: Number(after[0]), id: String(after[1]) },
    );
    return toPage(
      rows,
      limit,
      ({ absence }) => toAbsenceResponse(absence, nameOf(absence.agent)),
      ({ absence, start }) => [start, absence.id],
    );
  }

  /** All of one agent's absences overlapping a period (92 days at most): his schedule shows them whole. */
  async ofAgent(
    agentId: string,
    from: string,
    to: string,
    caller: AuthenticatedUser,
  ): Promise<AbsenceResponse[]> {
    const scope = this.scope({ agentId, from, to }, caller);
    if (!scope) return [];
    const absences = await this.absences.all(scope);
    return absences
      .filter((absence) => absence.agentId === agentId)
      .map((absence) => toAbsenceResponse(absence, nameOf(absence.agent)));
  }

  /** The absences the caller may see that match the filters; null when he may see none. */
  private scope(filters: AbsenceFiltersDto, caller: AuthenticatedUser): AbsenceScope | null {
    let agentId: string | undefined;
    if (!allowed(caller, 'readAnyAbsence')) {
      if (!caller.agentId) return null;
      agentId = caller.agentId;
    } else if (filters.agentId) {
      agentId = filters.agentId;
    }
    const zone = this.config.ruleSet.timeZone;
    return {
      agentId,
      status: filters.status,
      endsAfter: filters.from ? startOfLocalDay(filters.from, zone) : undefined,
      startsBefore: filters.to ? startOfLocalDay(addDays(filters.to, 1), zone) : undefined,
    };
  }

  /**
   * An AGENT requests his own absence; the CHIEF may record one for anybody, approved directly
   * (its conflicts with assignments come back as violations to resolve).
   */
  async create(
    dto: CreateAbsenceDto,
    caller: AuthenticatedUser,
    key?: string,
  ): Promise<Created<AbsenceResponse>> {
    const chief = allowed(caller, 'recordAnyAbsence');
    const request: IdempotentRequest = { userId: caller.id, key, scope: 'absence', body: dto };
    const earlier = await this.keys.earlier(this.dataSource.manager, request);
    if (earlier) return { value: await this.replay(this.dataSource.manager, earlier, chief), replayed: true };
    if (!chief && dto.agentId !== caller.agentId) {
      throw new DomainException('FORBIDDEN', 'Un agent ne peut demander une absence que pour lui-même.');
    }
    if (dto.balanceOverride !== undefined && !chief) {
      throw DomainException.invalid(
        [{ field: 'balanceOverride', message: 'seul le chef de service peut dépasser un solde' }],
        'LEAVE_OVERRIDE_FORBIDDEN',
      );
    }
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= startsAt)
      throw DomainException.invalid(
        [{ field: 'endsAt', message: 'doit être postérieure au début' }],
        'ABSENCE_ENDS_BEFORE_START',
      );
    if (endsAt.getTime() - startsAt.getTime() > MAX_ABSENCE_DAYS * 86_400_000) {
      throw DomainException.invalid(
        [{ field: 'endsAt', message: `une absence dure au plus ${MAX_ABSENCE_DAYS} jours` }],
        'ABSENCE_TOO_LONG',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      // A retry racing this request waits here, then answers what it made.
      const replay = await this.keys.claim(manager, request);
      if (replay) return { value: await this.replay(manager, replay, chief), replayed: true };
      await this.guard.lockAgents(manager, [dto.agentId]);
      const agent = await this.agents.byId(dto.agentId, manager);
      if (!agent) {
        throw new DomainException('UNKNOWN_REFERENCE', 'Référence inconnue : agent inconnu.', {
          errors: [{ field: 'agentId', message: 'agent inconnu' }],
        });
      }
      const balanceOverride = await this.checkBalance(
        manager,
        { id: null, agentId: dto.agentId, kind: dto.kind, startsAt, endsAt },
        dto.balanceOverride,
      );
      const absence = await manager.save(
        manager.create(Absence, {
          agentId: dto.agentId,
          kind: dto.kind,
          startsAt,
          endsAt,
          status: chief ? AbsenceStatus.APPROVED : AbsenceStatus.REQUESTED,
          note: dto.note?.trim() || null,
          balanceOverride,
          requestedById: caller.id,
          decidedById: chief ? caller.id : null,
          decidedAt: chief ? new Date() : null,
        }),
      );
      await this.audit.record(
        {
          actor: caller,
          action: chief ? 'RECORD_ABSENCE' : 'REQUEST_ABSENCE',
          entity: 'absence',
          entityId: absence.id,
          details: { agentId: dto.agentId, kind: dto.kind, ...(balanceOverride ? { balanceOverride } : {}) },
        },
        manager,
      );
      const conflicts = chief ? await this.conflictsOf(manager, absence) : [];
      await this.keys.settle(manager, request, absence.id);
      return { value: toAbsenceResponse(absence, nameOf(agent), conflicts), replayed: false };
    });
  }

  /** The absence an earlier try with the same key recorded, as its creation answered it. */
  private async replay(manager: EntityManager, id: string, chief: boolean): Promise<AbsenceResponse> {
    const absence = await manager.findOneByOrFail(Absence, { id });
    const agent = (await this.agents.byId(absence.agentId, manager))!;
    const conflicts =
      chief && absence.status === AbsenceStatus.APPROVED ? await this.conflictsOf(manager, absence) : [];
    return toAbsenceResponse(absence, nameOf(agent), conflicts);
  }

  /** The chief approves or rejects a request; an approval returns the assignments it conflicts with. */
  async decide(id: string, dto: AbsenceDecisionDto, actor: AuthenticatedUser): Promise<AbsenceResponse> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(Absence, { id });
      if (!found) throw DomainException.notFound('Absence');
      await this.guard.lockAgents(manager, [found.agentId]);
      const absence = await manager.findOneByOrFail(Absence, { id });
      if (absence.status !== AbsenceStatus.REQUESTED) {
        throw new DomainException('ABSENCE_ALREADY_DECIDED', 'Cette demande a déjà été traitée.');
      }
      if (dto.approved) {
        absence.balanceOverride = await this.checkBalance(manager, absence, dto.balanceOverride);
      }
      absence.status = dto.approved ? AbsenceStatus.APPROVED : AbsenceStatus.REJECTED;
      absence.decisionNote = dto.note?.trim() || null;
      absence.decidedById = actor.id;
      absence.decidedAt = new Date();
      absence.version += 1;
      await manager.save(absence);
      await this.audit.record(
        {
          actor,
          action: dto.approved ? 'APPROVE_ABSENCE' : 'REJECT_ABSENCE',
          entity: 'absence',
          entityId: id,
          details: {
            agentId: absence.agentId,
            ...(dto.approved && absence.balanceOverride ? { balanceOverride: absence.balanceOverride } : {}),
          },
        },
        manager,
      );
      const agent = (await this.agents.byId(absence.agentId, manager))!;
      return toAbsenceResponse(
        absence,
        nameOf(agent),
        dto.approved ? await this.conflictsOf(manager, absence) : [],
      );
    });
  }

  /** The agent's assignments during an approved absence, as the rules engine words them. */
  /**
   * An absence drawing on a balance (leave, RTT, recovery) may not take it below zero (issue 22
   * point 4), unless the chief gives his reason: returned, to be recorded and audited.
   */
  private async checkBalance(
    manager: EntityManager,
    absence: Pick<Absence, 'agentId' | 'kind' | 'startsAt' | 'endsAt'> & { id: string | null },
    override: string | undefined,
  ): Promise<string | null> {
    const problem = await this.accounts.balanceProblem(absence, manager);
    if (!problem) return null;
    const reason = override?.trim();
    if (reason && reason.length >= 3) return reason;
    throw DomainException.rule(problem, [], 'LEAVE_BALANCE_EXCEEDED');
  }

  private async conflictsOf(manager: EntityManager, absence: Absence): Promise<RosterFinding[]> {
    const zone = this.config.ruleSet.timeZone;
    const from = localDateOf(absence.startsAt, zone);
    const to = localDateOf(new Date(absence.endsAt.getTime() - 1), zone);
    const loaded = await this.rosters.load(manager, { from, to, agentIds: [absence.agentId] });
    return checkAgentNeighbourhood(loaded.input, absence.agentId).filter(
      (finding) => finding.rule === RosterRule.ABSENCE,
    );
  }
}

function nameOf(agent: Agent | undefined): string {
  return agent ? `${agent.firstName} ${agent.lastName}` : '';
}
