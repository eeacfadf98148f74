import { Inject, Injectable } from '@nestjs/common';
import {
  CreateDerogationDto,
  derogationLimitProblem,
  DerogationPageResponse,
  derogationPeriodProblem,
  DerogationQueryDto,
  DerogationResponse,
  RevokeDerogationDto,
} from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../../common/audit/audit.service';
import { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { updateVersioned } from '../../../common/db/versioned-update';
import { DomainException } from '../../../common/errors/domain.exception';
import { decodeCursor, pageSize, toPage } from '../../../common/http/cursor';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { AgentsRepository } from '../../agents/agents.repository';
import { Derogation } from '../derogation.entity';
import { toDerogationResponse } from './derogations.mapper';
import { DerogationsRepository } from './derogations.repository';

/**
 * Derogations to the working-time guarantees (décret 2000-815 art. 3 II) as records: decided by
 * the chief, applied by the roster check to their agents and dates, revoked but never deleted,
 * each change in the audit trail.
 */
@Injectable()
export class DerogationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly derogations: DerogationsRepository,
    private readonly agents: AgentsRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'ruleSet'>,
  ) {}

  async list(query: DerogationQueryDto): Promise<DerogationPageResponse> {
    const limit = pageSize(query.limit);
    let after: { startDate: string; id: string } | undefined;
    if (query.cursor) {
      const [startDate, id] = decodeCursor(query.cursor, ['string', 'uuid']) as string[];
      after = { startDate, id };
    }
    const rows = await this.derogations.page(query, limit, after);
    const names = await this.agentNames(
      this.dataSource.manager,
      rows.flatMap((row) => row.agentIds),
    );
    return toPage(
      rows,
      limit,
      (row) => toDerogationResponse(row, names, this.config.ruleSet),
      (row) => [row.startDate, row.id],
    );
  }

  async get(id: string): Promise<DerogationResponse> {
    return this.respond(this.dataSource.manager, await this.found(this.dataSource.manager, id));
  }

  async create(dto: CreateDerogationDto, actor: AuthenticatedUser): Promise<DerogationResponse> {
    const limitProblem = derogationLimitProblem(dto.rule, dto.limit, this.config.ruleSet);
    if (limitProblem) {
      throw DomainException.invalid([{ field: 'limit', message: limitProblem }], 'DEROGATION_LIMIT_INVALID');
    }
    const periodProblem = derogationPeriodProblem(dto.from, dto.to);
    if (periodProblem) {
      throw DomainException.invalid([{ field: 'to', message: periodProblem }], 'DEROGATION_PERIOD_INVALID');
    }
    return this.dataSource.transaction(async (manager) => {
      if ((await this.agents.count(dto.agentIds, manager)) !== dto.agentIds.length) {
        throw DomainException.invalid(
          [{ field: 'agentIds', message: 'agent inconnu' }],
          'DEROGATION_UNKNOWN_AGENT',
        );
      }
      const derogation = await manager.save(
        manager.create(Derogation, {
          kind: dto.kind,
          rule: dto.rule,
          limitValue: dto.limit,
          title: dto.title.trim(),
          reason: dto.reason.trim(),
          decidedBy: dto.decidedBy.trim(),
          agentIds: dto.agentIds,
          startDate: dto.from,
          endDate: dto.to,
          createdById: actor.id,
          createdByName: actor.displayName,
        }),
      );
      await this.audit.record(
        {
          actor,
          action: 'CREATE',
          entity: 'derogation',
          entityId: derogation.id,
          details: {
            rule: dto.rule,
            limit: dto.limit,
            from: dto.from,
            to: dto.to,
            agentIds: dto.agentIds,
            decidedBy: derogation.decidedBy,
          },
        },
        manager,
      );
      return this.respond(manager, derogation);
    });
  }

  /** Revoked, it is no longer applied; the record stays, with who revoked it and why. */
  async revoke(id: string, dto: RevokeDerogationDto, actor: AuthenticatedUser): Promise<DerogationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.found(manager, id);
      if (current.revokedAt) {
        throw new DomainException('DEROGATION_REVOKED', 'Cette dérogation est déjà révoquée.');
      }
      const revoked = await updateVersioned(
        manager,
        Derogation,
        id,
        dto.version,
        {
          revokedAt: new Date(),
          revokedById: actor.id,
          revokedByName: actor.displayName,
          revokeReason: dto.reason.trim(),
        },
        'Dérogation',
      );
      await this.audit.record(
        {
          actor,
          action: 'REVOKE',
          entity: 'derogation',
          entityId: id,
          details: { reason: dto.reason.trim() },
        },
        manager,
      );
      return this.respond(manager, revoked);
    });
  }

  private async found(manager: EntityManager, id: string): Promise<Derogation> {
    const derogation = await this.derogations.byId(id, manager);
    if (!derogation) throw DomainException.notFound('Dérogation');
    return derogation;
  }

  private async respond(manager: EntityManager, derogation: Derogation): Promise<DerogationResponse> {
    const names = await this.agentNames(manager, derogation.agentIds);
    return toDerogationResponse(derogation, names, this.config.ruleSet);
  }

  private async agentNames(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const agents = await this.agents.byIds([...new Set(ids)], manager);
    return new Map(agents.map((agent) => [agent.id, `${agent.firstName} ${agent.lastName}`]));
  }
}
