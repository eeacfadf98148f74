import { Injectable } from '@nestjs/common';
import {
  AgentPageResponse,
  AgentQueryDto,
  AgentResponse,
  AgentStatus,
  AgentSummaryResponse,
  ContinuingTrainingResponse,
  CreateAgentDto,
  CreateContinuingTrainingDto,
  CreateFirearmDecisionDto,
  CreateQualificationDto,
  CreateShootingSessionDto,
  FIREARM_DECISION_LABELS,
  FirearmDecisionPageResponse,
  FirearmDecisionResponse,
  isTrainedWeapon,
  PageQueryDto,
  QualificationKind,
  QualificationResponse,
  ShootingSessionResponse,
  UpdateAgentDto,
  weaponFiresCartridges,
} from '@vigie/shared';
import { DataSource, EntityManager, In } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { allowed, AuthenticatedUser, requireOwnOr } from '../../common/auth/authenticated-user';
import { Clock } from '../../common/clock';
import { saveUnique, UniqueField } from '../../common/db/save-unique';
import { updateVersioned } from '../../common/db/versioned-update';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeCursor, invalidCursor, pageSize, toPage } from '../../common/http/cursor';
import { requireService } from '../../common/tenancy/tenant';
import { ServicesRepository } from '../services/services.repository';
import { Agent } from './agent.entity';
import {
  AgentView,
  toAgentResponse,
  toAgentSummary,
  toContinuingTrainingResponse,
  toFirearmDecisionResponse,
  toQualificationResponse,
  toShootingSessionResponse,
} from './agents.mapper';
import { AgentsRepository } from './agents.repository';
import { ContinuingTrainingRecord } from './continuing-training.entity';
import { FirearmDecisionRecord } from './firearm-decision.entity';
import { Qualification } from './qualification.entity';
import { ShootingSession } from './shooting-session.entity';

/** Only the agent himself and the staff who manage the service read a record. */

const MATRICULE: UniqueField = {
  constraint: 'uq_agent_matricule',
  field: 'matricule',
  message: 'déjà attribué',
  detail: 'Ce matricule est déjà attribué à un autre agent.',
  code: 'MATRICULE_TAKEN',
};

@Injectable()
export class AgentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: AgentsRepository,
    private readonly services: ServicesRepository,
  ) {}

  async list(query: AgentQueryDto, caller: AuthenticatedUser): Promise<AgentPageResponse> {
    const limit = pageSize(query.limit);
    const after = query.cursor
      ? (decodeCursor(query.cursor, ['string', 'string', 'string']) as [string, string, string])
      : undefined;
    const agents = await this.repository.page(query, limit + 1, after);
    const { qualifications, decisions, trainings, sessions } = await this.detailsOf(
      this.dataSource.manager,
      agents.slice(0, limit).map((agent) => agent.id),
    );
    const view = this.viewFor(caller);
    const homes = await this.homeServices(agents.slice(0, limit));
    return toPage(
      agents,
      limit,
      (agent) =>
        withHome(
          toAgentSummary(
            agent,
            qualifications.get(agent.id) ?? [],
            decisions.get(agent.id) ?? [],
            view,
            trainings.get(agent.id) ?? [],
            sessions.get(agent.id) ?? [],
          ),
          homes.get(agent.id),
        ),
      (agent) => [agent.lastName, agent.firstName, agent.id],
    );
  }

  async get(id: string, caller: AuthenticatedUser): Promise<AgentResponse> {
    requireOwnOr(caller, 'readAnyAgent', id);
    return this.dataSource.transaction(async (manager) => {
      const agent = await manager.findOneBy(Agent, { id });
      if (!agent) throw DomainException.notFound('Agent');
      if (caller.agentId !== id) {
        await this.audit.record({ actor: caller, action: 'READ', entity: 'agent', entityId: id }, manager);
      }
      return this.respond(manager, agent, caller);
    });
  }

  async create(dto: CreateAgentDto, actor: AuthenticatedUser): Promise<AgentResponse> {
    checkDates(dto.status, dto.hireDate, dto.departureDate ?? null);
    return this.dataSource.transaction(async (manager) => {
      const agent = await saveUnique(MATRICULE, () =>
        manager.save(
          manager.create(Agent, {
            ...dto,
            lastName: dto.lastName.trim(),
            firstName: dto.firstName.trim(),
            brigade: dto.brigade?.trim() || null,
            departureDate: dto.departureDate ?? null,
            contractRatio: dto.contractRatio ?? 1,
            phone: dto.phone ?? null,
            email: dto.email ?? null,
          }),
        ),
      );
      await this.recordOnAgent(manager, actor, agent.id, 'CREATE', { matricule: agent.matricule });
      return this.respond(manager, await manager.findOneByOrFail(Agent, { id: agent.id }), actor);
    });
  }

  async update(id: string, dto: UpdateAgentDto, actor: AuthenticatedUser): Promise<AgentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(Agent, { id });
      if (!current) throw DomainException.notFound('Agent');
      await this.requireOwn(current);
      const { version, ...changes } = dto;
      checkDates(
        changes.status ?? current.status,
        changes.hireDate ?? current.hireDate,
        changes.departureDate === undefined ? current.departureDate : changes.departureDate,
      );
      const updated = await saveUnique(MATRICULE, () =>
        updateVersioned(manager, Agent, id, version, changes, 'Agent'),
      );
      // Field names only: the values of personal data stay out of the journal.
      await this.recordOnAgent(manager, actor, id, 'UPDATE', { fields: Object.keys(changes) });
      return this.respond(manager, updated, actor);
    });
  }

  async addQualification(
    agentId: string,
    dto: CreateQualificationDto,
    actor: AuthenticatedUser,
  ): Promise<QualificationResponse> {
    if (dto.expiresOn && dto.expiresOn <= dto.obtainedOn) {
      throw DomainException.invalid(
        [{ field: 'expiresOn', message: 'doit être postérieure à la date d’obtention' }],
        'QUALIFICATION_EXPIRES_BEFORE_OBTAINED',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      await this.lockAgent(manager, agentId);
      const qualification = await manager.save(
        manager.create(Qualification, {
          agentId,
          kind: dto.kind,
          obtainedOn: dto.obtainedOn,
          expiresOn: dto.expiresOn ?? null,
          pendingApproval: dto.pendingApproval ?? false,
          reference: dto.reference?.trim() || null,
        }),
      );
      await this.recordOnAgent(manager, actor, agentId, 'ADD_QUALIFICATION', {
        kind: dto.kind,
        qualificationId: qualification.id,
      });
      const decisions = await this.repository.firearmDecisionsOf([agentId], manager);
      return toQualificationResponse(qualification, decisions, this.clock.today());
    });
  }

  async removeQualification(
    agentId: string,
    qualificationId: string,
    actor: AuthenticatedUser,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockAgent(manager, agentId);
      const qualification = await manager.findOneBy(Qualification, { id: qualificationId, agentId });
      if (!qualification) throw DomainException.notFound('Qualification');
      await manager.delete(Qualification, { id: qualificationId });
      await this.recordOnAgent(manager, actor, agentId, 'REMOVE_QUALIFICATION', {
        kind: qualification.kind,
        obtainedOn: qualification.obtainedOn,
        expiresOn: qualification.expiresOn,
      });
    });
  }

  async addShootingSession(
    agentId: string,
    dto: CreateShootingSessionDto,
    actor: AuthenticatedUser,
  ): Promise<ShootingSessionResponse> {
    this.checkNotFuture(dto.date);
    const weapon = dto.weapon ?? QualificationKind.FIREARM;
    // A baton or an aerosol fires no cartridge: whatever was sent, none is counted.
    const rounds = isTrainedWeapon(weapon) && weaponFiresCartridges(weapon) ? dto.rounds : 0;
    return this.dataSource.transaction(async (manager) => {
      await this.lockAgent(manager, agentId);
      const session = await manager.save(
        manager.create(ShootingSession, {
          agentId,
          date: dto.date,
          weapon,
          rounds,
          note: dto.note?.trim() || null,
        }),
      );
      await this.recordOnAgent(manager, actor, agentId, 'ADD_SHOOTING_SESSION', {
        date: dto.date,
        weapon,
        rounds,
      });
      return toShootingSessionResponse(session);
    });
  }

  async removeShootingSession(agentId: string, sessionId: string, actor: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockAgent(manager, agentId);
      const session = await manager.findOneBy(ShootingSession, { id: sessionId, agentId });
      if (!session) throw DomainException.notFound('Séance de tir');
      await manager.delete(ShootingSession, { id: sessionId });
      await this.recordOnAgent(manager, actor, agentId, 'REMOVE_SHOOTING_SESSION', {
        date: session.date,
        rounds: session.rounds,
      });
    });
  }

  /** Records a completed continuing-training course (audited); its days count toward the obligation. */
  async addContinuingTraining(
    agentId: string,
    dto: CreateContinuingTrainingDto,
    actor: AuthenticatedUser,
  ): Promise<ContinuingTrainingResponse> {
    const title = dto.title.trim();
    if (!title) throw DomainException.invalid([{ field: 'title', message: 'est obligatoire' }]);
    this.checkNotFuture(dto.date);
    return this.dataSource.transaction(async (manager) => {
      await this.lockAgent(manager, agentId);
      const record = await manager.save(
        manager.create(ContinuingTrainingRecord, { agentId, date: dto.date, days: dto.days, title }),
      );
      await this.recordOnAgent(manager, actor, agentId, 'ADD_CONTINUING_TRAINING', {
        date: dto.date,
        days: dto.days,
      });
      return toContinuingTrainingResponse(record);
    });
  }

  /** The préfet's decisions on the agent's firearm permit, the latest first. */
  async firearmDecisions(agentId: string, query: PageQueryDto): Promise<FirearmDecisionPageResponse> {
    const exists = await this.dataSource.getRepository(Agent).existsBy({ id: agentId });
    if (!exists) throw DomainException.notFound('Agent');
    const limit = pageSize(query.limit);
    // A handful per agent: read whole, the latest first, paged by its position in that order.
    const records = (await this.repository.firearmDecisionsOf([agentId])).reverse();
    const keyOf = (record: FirearmDecisionRecord): string[] => [
      record.date,
      record.createdAt.toISOString(),
      record.id,
    ];
    let start = 0;
    if (query.cursor) {
      const key = decodeCursor(query.cursor, ['string', 'string', 'uuid']).join('|');
      start = records.findIndex((record) => keyOf(record).join('|') === key) + 1;
      if (start === 0) throw invalidCursor();
    }
    return toPage(records.slice(start, start + limit + 1), limit, toFirearmDecisionResponse, keyOf);
  }

  /**
   * Records the préfet's decision on the agent's firearm permit (after a training lapse): a
   * suspension makes the permit invalid from its date, until a later decision maintains it.
   */
  async addFirearmDecision(
    agentId: string,
    dto: CreateFirearmDecisionDto,
    actor: AuthenticatedUser,
  ): Promise<FirearmDecisionResponse> {
    const reference = dto.reference.trim();
    if (!reference) {
      throw DomainException.invalid([{ field: 'reference', message: 'est obligatoire' }]);
    }
    this.checkNotFuture(dto.date);
    return this.dataSource.transaction(async (manager) => {
      await this.lockAgent(manager, agentId);
      const permits = await this.repository.qualificationsOf([agentId], manager, QualificationKind.FIREARM);
      if (permits.length === 0) {
        const detail =
          'Cet agent n’a pas d’autorisation de port d’arme à feu : aucune décision du préfet à enregistrer.';
        throw DomainException.rule(
          detail,
          [{ rule: 'FIREARM_PERMIT_MISSING', message: detail }],
          'FIREARM_PERMIT_MISSING',
        );
      }
      const record = await manager.save(
        manager.create(FirearmDecisionRecord, {
          agentId,
          date: dto.date,
          decision: dto.decision,
          reference,
          note: dto.note?.trim() || null,
        }),
      );
      await this.recordOnAgent(manager, actor, agentId, 'ADD_FIREARM_DECISION', {
        date: dto.date,
        decision: dto.decision,
        label: FIREARM_DECISION_LABELS[dto.decision],
        reference,
      });
      return toFirearmDecisionResponse(record);
    });
  }

  /** A session, a course or a decision is recorded once it happened: its date is today at the latest. */
  private checkNotFuture(date: string): void {
    if (date > this.clock.today()) {
      throw DomainException.invalid(
        [{ field: 'date', message: 'ne peut pas être dans le futur' }],
        'DATE_IN_FUTURE',
      );
    }
  }

  /** Journals what was done to the agent's record, within the change's transaction. */
  private recordOnAgent(
    manager: EntityManager,
    actor: AuthenticatedUser,
    agentId: string,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record({ actor, action, entity: 'agent', entityId: agentId, details }, manager);
  }

  /** Serializes changes to one agent's record and checks it exists and is the service's own. */
  private async lockAgent(manager: EntityManager, agentId: string): Promise<void> {
    const locked = await this.repository.lock(manager, [agentId]);
    if (locked.length === 0) throw DomainException.notFound('Agent');
    await this.requireOwn((await this.repository.byId(agentId, manager))!);
  }

  /**
   * Another service's agent at this one's disposal is read here, never changed: his record,
   * qualifications and papers are kept by the service that employs him (CSI L512-1).
   */
  private async requireOwn(agent: Agent): Promise<void> {
    if (agent.serviceId === requireService()) return;
    const [home] = await this.services.byIds([agent.serviceId]);
    throw new DomainException(
      'AGENT_OF_ANOTHER_SERVICE',
      `${agent.firstName} ${agent.lastName} est mis à disposition par ${home?.name ?? 'un autre service'} : sa fiche, ses qualifications et ses papiers se tiennent dans ce service.`,
    );
  }

  /** The home service's name of each agent employed by another service (those at this one's disposal). */
  private async homeServices(agents: readonly Agent[]): Promise<Map<string, string>> {
    const here = requireService();
    const others = [...new Set(agents.filter((a) => a.serviceId !== here).map((a) => a.serviceId))];
    const names = new Map((await this.services.byIds(others)).map((service) => [service.id, service.name]));
    return new Map(
      agents.filter((a) => a.serviceId !== here).map((a) => [a.id, names.get(a.serviceId) ?? '']),
    );
  }

  private async respond(
    manager: EntityManager,
    agent: Agent,
    caller: AuthenticatedUser,
  ): Promise<AgentResponse> {
    const { qualifications, sessions, decisions, trainings } = await this.detailsOf(manager, [agent.id]);
    return withHome(
      toAgentResponse(
        agent,
        qualifications.get(agent.id) ?? [],
        sessions.get(agent.id) ?? [],
        decisions.get(agent.id) ?? [],
        this.viewFor(caller, agent.id),
        trainings.get(agent.id) ?? [],
      ),
      (await this.homeServices([agent])).get(agent.id),
    );
  }

  /** Qualifications, shooting sessions and préfet's decisions of several agents in three queries (no N+1). */
  private async detailsOf(
    manager: EntityManager,
    agentIds: string[],
  ): Promise<{
    qualifications: Map<string, Qualification[]>;
    sessions: Map<string, ShootingSession[]>;
    decisions: Map<string, FirearmDecisionRecord[]>;
    trainings: Map<string, ContinuingTrainingRecord[]>;
  }> {
    const group = <T extends { agentId: string }>(rows: T[]): Map<string, T[]> => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.agentId, [...(map.get(row.agentId) ?? []), row]);
      return map;
    };
    if (agentIds.length === 0)
      return { qualifications: new Map(), sessions: new Map(), decisions: new Map(), trainings: new Map() };
    return {
      qualifications: group(await manager.findBy(Qualification, { agentId: In(agentIds) })),
      sessions: group(await manager.findBy(ShootingSession, { agentId: In(agentIds) })),
      decisions: group(await this.repository.firearmDecisionsOf(agentIds, manager)),
      trainings: group(await this.repository.continuingTrainingsOf(agentIds, manager)),
    };
  }

  /** Contact data for the staff who manage the service, and for the agent on his own record. */
  private viewFor(caller: AuthenticatedUser, agentId?: string): AgentView {
    return {
      withContact: allowed(caller, 'readAnyAgent') || caller.agentId === agentId,
      today: this.clock.today(),
    };
  }
}

/** The record as answered, naming his service when it is another one. */
function withHome<T extends AgentSummaryResponse>(response: T, homeServiceName: string | undefined): T {
  return homeServiceName === undefined ? response : { ...response, homeServiceName };
}

function checkDates(status: AgentStatus, hireDate: string, departureDate: string | null): void {
  if (status === AgentStatus.DEPARTED && !departureDate) {
    throw DomainException.invalid(
      [{ field: 'departureDate', message: 'est obligatoire pour un agent parti' }],
      'DEPARTURE_DATE_MISSING',
    );
  }
  if (departureDate && departureDate < hireDate) {
    throw DomainException.invalid(
      [{ field: 'departureDate', message: 'ne peut pas précéder la date d’embauche' }],
      'DEPARTURE_BEFORE_HIRE',
    );
  }
}
