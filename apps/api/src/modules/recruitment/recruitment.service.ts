import { Inject, Injectable } from '@nestjs/common';
import {
  AgentStatus,
  checkMilestone,
  CreateRecruitmentDto,
  GRADE_CATEGORY,
  Milestone,
  QualificationKind,
  RecordMilestoneDto,
  RecruitmentExit,
  RecruitmentPageResponse,
  RecruitmentQueryDto,
  RecruitmentResponse,
  RecruitmentRoute,
  RecruitmentStatus,
  StaffCategory,
} from '@vigie/shared';
import { DataSource, EntityManager, In } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeCursor, pageSize, toPage } from '../../common/http/cursor';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AgentsRepository } from '../agents/agents.repository';
import { Recruitment } from './recruitment.entity';
import { factsOf, toRecruitmentResponse } from './recruitment.mapper';
import { RecruitmentRepository } from './recruitment.repository';
import { RecruitmentEvent } from './recruitment-event.entity';

@Injectable()
export class RecruitmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly agents: AgentsRepository,
    private readonly recruitments: RecruitmentRepository,
  ) {}

  /** Most recent first. */
  async list(query: RecruitmentQueryDto): Promise<RecruitmentPageResponse> {
    const limit = pageSize(query.limit);
    let before: { createdAt: string; id: string } | undefined;
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['string', 'string']);
      if (Number.isNaN(Date.parse(String(createdAt))))
        throw DomainException.invalid([{ field: 'cursor', message: 'curseur invalide' }]);
      before = { createdAt: String(createdAt), id: String(id) };
    }
    const recruitments = await this.recruitments.page(query.status, limit + 1, before);
    const events = await this.eventsOf(
      this.dataSource.manager,
      recruitments.slice(0, limit).map((r) => r.id),
    );
    return toPage(
      recruitments,
      limit,
      (recruitment) => this.respond(recruitment, events.get(recruitment.id) ?? []),
      (recruitment) => [recruitment.createdAt.toISOString(), recruitment.id],
    );
  }

  /** The candidate's file; the read is journaled in the same transaction (personal data). */
  async get(id: string, caller: AuthenticatedUser): Promise<RecruitmentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const recruitment = await manager.findOneBy(Recruitment, { id });
      if (!recruitment) throw DomainException.notFound('Recrutement');
      const events = await this.eventsOf(manager, [id]);
      const response = this.respond(recruitment, events.get(id) ?? []);
      await this.audit.record(
        { actor: caller, action: 'READ', entity: 'recruitment', entityId: id },
        manager,
      );
      return response;
    });
  }

  /** Opens a recruitment with its APPLICATION recorded. */
  async create(
    dto: CreateRecruitmentDto,
    actor: AuthenticatedUser,
    within?: EntityManager,
  ): Promise<RecruitmentResponse> {
    const today = this.clock.today();
    const applicationDate = dto.applicationDate ?? today;
    if (applicationDate > today) {
      throw DomainException.invalid(
        [{ field: 'applicationDate', message: 'ne peut pas être dans le futur' }],
        'DATE_IN_FUTURE',
      );
    }
    return this.inTransaction(within, async (manager) => {
      const recruitment = await manager.save(
        manager.create(Recruitment, {
          candidateName: dto.candidateName.trim().replace(/\s+/g, ' '),
          route: dto.route,
          grade: dto.grade,
          note: dto.note?.trim() || null,
        }),
      );
      await manager.insert(RecruitmentEvent, {
        recruitmentId: recruitment.id,
        milestone: Milestone.APPLICATION,
        date: applicationDate,
        note: null,
        reason: null,
        recordedById: actor.id,
        recordedByLogin: actor.login,
      });
      await this.audit.record(
        {
          actor,
          action: 'CREATE',
          entity: 'recruitment',
          entityId: recruitment.id,
          details: { route: dto.route },
        },
        manager,
      );
      return this.respond(
        recruitment,
        await manager.findBy(RecruitmentEvent, { recruitmentId: recruitment.id }),
      );
    });
  }

  /**
   * Records a milestone (or an exit) when the route has it, its prerequisites are recorded and
   * its date is not before theirs; 422 with the broken rules otherwise. APPOINTED creates the
   * agent record, OPERATIONAL makes him ACTIVE.
   */
  async recordMilestone(
    id: string,
    dto: RecordMilestoneDto,
    actor: AuthenticatedUser,
    within?: EntityManager,
  ): Promise<RecruitmentResponse> {
    return this.inTransaction(within, async (manager) => {
      // One milestone at a time per recruitment.
      const recruitment = await manager.findOne(Recruitment, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!recruitment) throw DomainException.notFound('Recrutement');
      const events = await manager.findBy(RecruitmentEvent, { recruitmentId: id });
      const violations = checkMilestone(
        factsOf(recruitment, events),
        { milestone: dto.milestone, date: dto.date, reason: dto.reason },
        this.clock.today(),
      );
      if (violations.length > 0)
        throw DomainException.rule(violations[0].message, violations, 'MILESTONE_REFUSED');

      await manager.insert(RecruitmentEvent, {
        recruitmentId: id,
        milestone: dto.milestone,
        date: dto.date,
        note: dto.note?.trim() || null,
        reason: dto.reason?.trim() || null,
        recordedById: actor.id,
        recordedByLogin: actor.login,
      });
      const changes = await this.applyConsequences(manager, recruitment, dto);
      await manager.update(Recruitment, { id }, { ...changes, version: recruitment.version + 1 });
      await this.audit.record(
        {
          actor,
          action: 'RECORD_MILESTONE',
          entity: 'recruitment',
          entityId: id,
          details: {
            milestone: dto.milestone,
            date: dto.date,
            ...(changes.agentId ? { agentId: changes.agentId } : {}),
          },
        },
        manager,
      );
      const updated = await manager.findOneByOrFail(Recruitment, { id });
      return this.respond(updated, await manager.findBy(RecruitmentEvent, { recruitmentId: id }));
    });
  }

  private async applyConsequences(
    manager: EntityManager,
    recruitment: Recruitment,
    dto: RecordMilestoneDto,
  ): Promise<Partial<Pick<Recruitment, 'status' | 'agentId'>>> {
    switch (dto.milestone) {
      case Milestone.APPOINTED:
        return { agentId: await this.createAgent(manager, recruitment, dto.date) };
      case Milestone.OPERATIONAL:
        if (recruitment.agentId)
          await this.setAgentStatus(manager, recruitment.agentId, AgentStatus.ACTIVE, null);
        return { status: RecruitmentStatus.COMPLETED };
      case RecruitmentExit.WITHDRAWN:
      case RecruitmentExit.REJECTED:
        // An appointed stagiaire who leaves (a refused approval) leaves the service.
        if (recruitment.agentId)
          await this.setAgentStatus(manager, recruitment.agentId, AgentStatus.DEPARTED, dto.date);
        return {
          status:
            dto.milestone === RecruitmentExit.WITHDRAWN
              ? RecruitmentStatus.WITHDRAWN
              : RecruitmentStatus.REJECTED,
        };
      default:
        return {};
    }
  }

  /**
   * The agent record of an appointed candidate: IN_TRAINING for the exam and secondment routes;
   * a transferred officer arrives trained, but his firearm permit must be requested again from
   * the préfet (pending). His matricule is provisional until HR sets the real one.
   */
  private async createAgent(
    manager: EntityManager,
    recruitment: Recruitment,
    appointedOn: string,
  ): Promise<string> {
    const [firstName, ...rest] = recruitment.candidateName.split(' ');
    const transfer = recruitment.route === RecruitmentRoute.TRANSFER;
    const agentId = await this.agents.create(manager, {
      matricule: `P-${recruitment.id.slice(0, 8).toUpperCase()}`,
      firstName,
      lastName: rest.join(' ') || firstName,
      grade: recruitment.grade,
      status: transfer ? AgentStatus.ACTIVE : AgentStatus.IN_TRAINING,
      hireDate: appointedOn,
    });
    if (transfer && GRADE_CATEGORY[recruitment.grade] === StaffCategory.POLICE) {
      await this.agents.addQualification(manager, {
        agentId,
        kind: QualificationKind.FIREARM,
        obtainedOn: appointedOn,
        expiresOn: null,
        pendingApproval: true,
        reference: 'Port d’arme à redemander au préfet (mutation)',
      });
    }
    return agentId;
  }

  private async setAgentStatus(
    manager: EntityManager,
    agentId: string,
    status: AgentStatus,
    departureDate: string | null,
  ): Promise<void> {
    await this.agents.setStatus(manager, agentId, status, departureDate);
  }

  /** Runs in the caller's transaction when given (the demo seed), else in a new one. */
  private inTransaction<T>(
    within: EntityManager | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return within ? work(within) : this.dataSource.transaction(work);
  }

  private respond(recruitment: Recruitment, events: readonly RecruitmentEvent[]): RecruitmentResponse {
    return toRecruitmentResponse(recruitment, events, this.config.recruitmentDurations, this.clock.today());
  }

  private async eventsOf(manager: EntityManager, ids: string[]): Promise<Map<string, RecruitmentEvent[]>> {
    const byRecruitment = new Map<string, RecruitmentEvent[]>();
    if (ids.length === 0) return byRecruitment;
    for (const event of await manager.findBy(RecruitmentEvent, { recruitmentId: In(ids) })) {
      byRecruitment.set(event.recruitmentId, [...(byRecruitment.get(event.recruitmentId) ?? []), event]);
    }
    return byRecruitment;
  }
}
