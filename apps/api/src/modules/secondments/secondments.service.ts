import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  calendarOf,
  CreateSecondmentDto,
  formatDateFr,
  periodDays,
  SECONDMENT_LIMITS,
  SecondmentDirection,
  SecondmentListResponse,
  SecondmentQueryDto,
  SecondmentResponse,
  ServiceNameListResponse,
} from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { requireService } from '../../common/tenancy/tenant';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { type Agent, AgentsRepository } from '../agents/agents.repository';
import { SecondmentRow, SecondmentsRepository } from './secondments.repository';

/** Hosts proposed at once by the chooser (a name typed narrows them). */
const HOST_CHOICES = 20;

/**
 * Agents put at the disposal of another service (CSI L512-1: « chaque agent de police municipale
 * est de plein droit mis à disposition des autres communes … dans des conditions prévues par une
 * convention »). The home service records it; both services read it; the host rosters him within
 * its dates, and both count all his hours (roster rules, time account).
 */
@Injectable()
export class SecondmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SecondmentsRepository,
    private readonly agents: AgentsRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'ruleSet'>,
  ) {}

  async list(query: SecondmentQueryDto): Promise<SecondmentListResponse> {
    const rows = await this.repository.list({ agentId: query.agentId });
    return { items: await this.describe(rows) };
  }

  async hosts(q: string | undefined): Promise<ServiceNameListResponse> {
    const services = await this.repository.otherServices(q, HOST_CHOICES);
    return { items: services.map(({ id, name }) => ({ id, name })) };
  }

  async create(dto: CreateSecondmentDto, actor: AuthenticatedUser): Promise<SecondmentResponse> {
    if (dto.to < dto.from) {
      throw DomainException.invalid([{ field: 'to', message: 'précède le premier jour' }], 'PERIOD_REVERSED');
    }
    if (periodDays(dto) > SECONDMENT_LIMITS.maxDays) {
      throw DomainException.invalid(
        [
          {
            field: 'to',
            message: `au plus ${SECONDMENT_LIMITS.maxDays} jours (une convention se renouvelle)`,
          },
        ],
        'PERIOD_TOO_LONG',
      );
    }
    const here = requireService();
    if (dto.hostServiceId === here || !(await this.repository.serviceExists(dto.hostServiceId))) {
      throw DomainException.invalid(
        [{ field: 'hostServiceId', message: 'un autre service de la plateforme' }],
        'SECONDMENT_HOST_INVALID',
      );
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const agent = await this.ownAgent(manager, dto.agentId);
      const overlapping = await this.repository.overlapping(
        manager,
        agent.id,
        dto.hostServiceId,
        dto.from,
        dto.to,
      );
      if (overlapping.length > 0) {
        const other = overlapping[0];
        throw new DomainException(
          'SECONDMENT_OVERLAP',
          `${agent.firstName} ${agent.lastName} a déjà une mise à disposition auprès de ce service du ${formatDateFr(other.startDate)} au ${formatDateFr(other.endDate)}.`,
        );
      }
      const created = await this.repository.insert(manager, {
        agentId: agent.id,
        hostServiceId: dto.hostServiceId,
        startDate: dto.from,
        endDate: dto.to,
        sharePercent: dto.sharePercent,
        convention: dto.convention.trim(),
        createdById: actor.id,
        createdByName: actor.displayName,
      });
      await this.audit.record(
        {
          actor,
          action: 'CREATE',
          entity: 'secondment',
          entityId: created,
          details: {
            agentId: agent.id,
            hostServiceId: dto.hostServiceId,
            from: dto.from,
            to: dto.to,
            sharePercent: dto.sharePercent,
          },
        },
        manager,
      );
      return created;
    });
    return this.get(id);
  }

  /** Ends it before it was used: refused once the host has rostered him within its dates. */
  async remove(id: string, actor: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.repository.byId(id, manager);
      if (!row) throw DomainException.notFound('Mise à disposition');
      const secondment = row.secondment;
      if (secondment.serviceId !== requireService()) throw this.notOurs(row.homeServiceName);
      // His row locked: the host's assignments of him wait for this decision (they lock it too).
      await this.agents.lock(manager, [secondment.agentId]);
      const calendar = calendarOf(this.config.ruleSet.timeZone);
      const duty = await this.repository.dutyElsewhere(
        manager,
        [secondment.agentId],
        new Date(calendar.dayStart(secondment.startDate)),
        new Date(calendar.dayStart(addDays(secondment.endDate, 1))),
        this.config.ruleSet.timeZone,
      );
      const used = duty.find(
        (item) =>
          item.kind === 'SHIFT' &&
          item.serviceId === secondment.hostServiceId &&
          calendar.localDate(item.startsAt.getTime()) >= secondment.startDate &&
          calendar.localDate(item.startsAt.getTime()) <= secondment.endDate,
      );
      if (used) {
        throw new DomainException(
          'SECONDMENT_IN_USE',
          `${row.hostServiceName} l’a inscrit au planning le ${formatDateFr(calendar.localDate(used.startsAt.getTime()))} : ce service doit d’abord l’en retirer.`,
        );
      }
      await this.repository.delete(manager, id);
      await this.audit.record(
        {
          actor,
          action: 'DELETE',
          entity: 'secondment',
          entityId: id,
          details: { agentId: secondment.agentId, hostServiceId: secondment.hostServiceId },
        },
        manager,
      );
    });
  }

  private async get(id: string): Promise<SecondmentResponse> {
    const row = await this.repository.byId(id);
    if (!row) throw DomainException.notFound('Mise à disposition');
    return (await this.describe([row]))[0];
  }

  /** One of this service's own agents (another's, put at its disposal, is his service's to lend). */
  private async ownAgent(manager: EntityManager, agentId: string): Promise<Agent> {
    await this.agents.lock(manager, [agentId]);
    const agent = await this.agents.byId(agentId, manager);
    if (!agent) throw DomainException.notFound('Agent');
    if (agent.serviceId !== requireService()) throw this.notOurs();
    return agent;
  }

  private notOurs(homeServiceName?: string): DomainException {
    return new DomainException(
      'AGENT_OF_ANOTHER_SERVICE',
      `Cet agent est employé par ${homeServiceName ?? 'un autre service'} : c’est ce service qui décide de ses mises à disposition.`,
    );
  }

  private async describe(rows: readonly SecondmentRow[]): Promise<SecondmentResponse[]> {
    const here = requireService();
    const agents = new Map(
      (await this.agents.byIds([...new Set(rows.map((row) => row.secondment.agentId))])).map((a) => [
        a.id,
        a,
      ]),
    );
    return rows.map(({ secondment, homeServiceName, hostServiceName }) => {
      const agent = agents.get(secondment.agentId)!;
      return {
        id: secondment.id,
        agent: {
          id: agent.id,
          matricule: agent.matricule,
          firstName: agent.firstName,
          lastName: agent.lastName,
          grade: agent.grade,
        },
        homeService: { id: secondment.serviceId, name: homeServiceName },
        hostService: { id: secondment.hostServiceId, name: hostServiceName },
        direction:
          secondment.serviceId === here ? SecondmentDirection.OUTGOING : SecondmentDirection.INCOMING,
        from: secondment.startDate,
        to: secondment.endDate,
        sharePercent: secondment.sharePercent,
        convention: secondment.convention,
        createdAt: secondment.createdAt.toISOString(),
        createdBy: secondment.createdByName,
      };
    });
  }
}
