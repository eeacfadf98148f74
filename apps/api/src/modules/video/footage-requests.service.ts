import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  CameraStatus,
  canMoveFootage,
  compareFootageUrgency,
  CreateFootageRequestDto,
  FOOTAGE_STATUS_LABELS,
  footageOverwriteAt,
  FootageQueryDto,
  FootageRequestPageResponse,
  FootageRequestResponse,
  FootageStatus,
  FootageStatusDto,
  formatDateFr,
  isQualificationValid,
  localDateOf,
  localTimeOf,
  MAX_FOOTAGE_WINDOW_HOURS,
  QualificationKind,
  todayInParis,
} from '@vigie/shared';
import { DataSource, EntityManager, In } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeCursor, invalidCursor, pageSize, toPage } from '../../common/http/cursor';
import { eachService } from '../../common/tenancy/each-service';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AgentsRepository } from '../agents/agents.repository';
import { Camera } from './camera.entity';
import { FootageRequest } from './footage-request.entity';
import { FootageRequestEvent } from './footage-request-event.entity';
import { FootageIncidents, FootageKey, FootageRequestsRepository } from './footage-requests.repository';
import { FootageContext, toFootageResponse } from './video.mapper';

const HOUR = 3_600_000;
const when = (instant: Date, zone: string): string =>
  `${formatDateFr(localDateOf(instant, zone))} à ${localTimeOf(instant, zone)}`;

/**
 * Footage requests (réquisitions d'images): the register of what was asked, extracted and handed
 * over, against the overwrite of the recorders (`retention` days after the images were recorded).
 */
@Injectable()
export class FootageRequestsService {
  private readonly logger = new Logger('Vidéoprotection');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly agents: AgentsRepository,
    private readonly requests: FootageRequestsRepository,
  ) {}

  /**
   * Most urgent first: waiting for extraction by overwrite time, then extracted, then closed
   * (latest change first) — the order of `compareFootageUrgency`, in SQL so that pages follow it.
   */
  async list(query: FootageQueryDto): Promise<FootageRequestPageResponse> {
    const limit = pageSize(query.limit);
    let after: FootageKey | undefined;
    if (query.cursor) {
      const [afterRank, afterDue, afterId] = decodeCursor(query.cursor, ['number', 'number', 'string']);
      const keyOk =
        Number.isSafeInteger(afterRank) &&
        Number.isSafeInteger(afterDue) &&
        /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(String(afterId));
      if (!keyOk) throw invalidCursor();
      after = { rank: Number(afterRank), due: Number(afterDue), id: String(afterId) };
    }
    const rows = await this.requests.page(query, limit + 1, after);
    const page = toPage(
      rows,
      limit,
      (row) => row.request,
      (row) => [row.key.rank, row.key.due, row.request.id],
    );
    return { items: await this.respond(this.dataSource.manager, page.items), nextCursor: page.nextCursor };
  }

  async create(dto: CreateFootageRequestDto, actor: AuthenticatedUser): Promise<FootageRequestResponse> {
    const now = this.clock.now();
    const from = new Date(dto.from);
    const to = new Date(dto.to);
    if (to <= from)
      throw DomainException.invalid(
        [{ field: 'to', message: 'doit être après le début de la fenêtre' }],
        'FOOTAGE_WINDOW_REVERSED',
      );
    if (to.getTime() - from.getTime() > MAX_FOOTAGE_WINDOW_HOURS * HOUR) {
      throw DomainException.invalid(
        [{ field: 'to', message: `la fenêtre est limitée à ${MAX_FOOTAGE_WINDOW_HOURS} h` }],
        'FOOTAGE_WINDOW_TOO_LONG',
      );
    }
    if (to > now) {
      throw DomainException.invalid(
        [{ field: 'to', message: 'ne peut pas être dans le futur' }],
        'DATE_IN_FUTURE',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const camera = await manager.findOneBy(Camera, { id: dto.cameraId });
      if (!camera) {
        throw DomainException.invalid(
          [{ field: 'cameraId', message: 'caméra inconnue' }],
          'FOOTAGE_CAMERA_UNKNOWN',
        );
      }
      if (dto.incidentId && !(await FootageIncidents.exists(manager, dto.incidentId))) {
        throw DomainException.invalid(
          [{ field: 'incidentId', message: 'entrée de main courante inconnue' }],
          'FOOTAGE_INCIDENT_UNKNOWN',
        );
      }
      if (camera.status === CameraStatus.PLANNED) {
        throw DomainException.rule(
          `La caméra ${camera.code} n’est pas encore installée : elle n’a pas d’images.`,
          [],
          'CAMERA_NOT_INSTALLED',
        );
      }
      const overwriteAt = footageOverwriteAt(from, this.config.footageRetentionDays);
      if (overwriteAt <= now) {
        throw DomainException.rule(
          `Trop tard : les images de ${camera.code} du ${when(from, this.config.ruleSet.timeZone)} ont été écrasées le ${when(overwriteAt, this.config.ruleSet.timeZone)} (conservation ${this.config.footageRetentionDays} jours).`,
          [],
          'FOOTAGE_OVERWRITTEN',
        );
      }
      const request = await manager.save(
        manager.create(FootageRequest, {
          cameraId: camera.id,
          windowStart: from,
          windowEnd: to,
          authority: dto.authority,
          reason: dto.reason.trim(),
          reference: dto.reference?.trim() || null,
          incidentId: dto.incidentId ?? null,
          status: FootageStatus.REQUESTED,
          overwriteAt,
          requestedAt: now,
          requestedBy: actor.login,
          updatedAt: now,
        }),
      );
      await this.event(manager, request, null, FootageStatus.REQUESTED, dto.reason.trim(), actor.login, now);
      await this.audit.record(
        {
          actor,
          action: 'CREATE',
          entity: 'footage_request',
          entityId: request.id,
          details: { camera: camera.code, authority: dto.authority, incidentId: dto.incidentId ?? null },
        },
        manager,
      );
      return (await this.respond(manager, [request]))[0];
    });
  }

  async changeStatus(
    id: string,
    dto: FootageStatusDto,
    actor: AuthenticatedUser,
  ): Promise<FootageRequestResponse> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const request = await this.requests.lock(manager, id);
      if (!request) throw DomainException.notFound('Réquisition');
      if (!canMoveFootage(request.status, dto.to)) {
        throw DomainException.rule(
          `Une réquisition « ${FOOTAGE_STATUS_LABELS[request.status].toLowerCase()} » ne peut pas passer à « ${FOOTAGE_STATUS_LABELS[dto.to].toLowerCase()} ».`,
          [],
          'FOOTAGE_TRANSITION_REFUSED',
        );
      }
      const note = dto.note.trim();
      const changes: Partial<FootageRequest> = { status: dto.to, updatedAt: now };
      if (dto.to === FootageStatus.EXTRACTED) {
        if (request.overwriteAt <= now) {
          throw DomainException.rule(
            `Les images ont été écrasées le ${when(request.overwriteAt, this.config.ruleSet.timeZone)} : elles ne peuvent plus être extraites.`,
            [],
            'FOOTAGE_OVERWRITTEN',
          );
        }
        changes.operatorAgentId = await this.operator(manager, dto.operatorAgentId ?? actor.agentId, now);
        changes.extractedAt = now;
      }
      if (dto.to === FootageStatus.DELIVERED) {
        if (!dto.recipient?.trim()) {
          throw DomainException.invalid(
            [{ field: 'recipient', message: 'est obligatoire pour une remise (à qui)' }],
            'FOOTAGE_RECIPIENT_REQUIRED',
          );
        }
        changes.recipient = dto.recipient.trim();
        changes.deliveredAt = now;
      }
      if (dto.to === FootageStatus.REFUSED && note.length === 0) {
        throw DomainException.invalid(
          [{ field: 'note', message: 'le motif du refus est obligatoire' }],
          'FOOTAGE_REFUSAL_REASON_REQUIRED',
        );
      }
      await manager.update(FootageRequest, { id }, { ...changes, version: () => 'version + 1' });
      await this.event(manager, request, request.status, dto.to, note || null, actor.login, now);
      await this.audit.record(
        {
          actor,
          action: 'STATUS',
          entity: 'footage_request',
          entityId: id,
          details: { from: request.status, to: dto.to, recipient: changes.recipient ?? null },
        },
        manager,
      );
      return (await this.respond(manager, [await manager.findOneByOrFail(FootageRequest, { id })]))[0];
    });
  }

  /**
   * Requests still waiting for extraction once their images are overwritten become EXPIRED (the
   * scheduled job, every few minutes). Returns how many expired.
   */
  async expireDue(): Promise<number> {
    const now = this.clock.now();
    const counts = await eachService(this.dataSource, () => this.expireDueHere(now));
    return counts.reduce((sum, count) => sum + count, 0);
  }

  /** The current service's requests due to expire. */
  private expireDueHere(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await this.requests.lockOverwrittenUnextracted(manager, now);
      for (const request of due) {
        await manager.update(
          FootageRequest,
          { id: request.id },
          { status: FootageStatus.EXPIRED, updatedAt: now, version: () => 'version + 1' },
        );
        await this.event(
          manager,
          request,
          FootageStatus.REQUESTED,
          FootageStatus.EXPIRED,
          'Images écrasées avant extraction.',
          null,
          now,
        );
        await this.audit.record(
          { actor: null, action: 'EXPIRE', entity: 'footage_request', entityId: request.id },
          manager,
        );
      }
      if (due.length > 0)
        this.logger.warn(`${due.length} réquisition(s) expirée(s) : images écrasées avant extraction.`);
      return due.length;
    });
  }

  /** The footage requests of an incident (its detail page). */
  /** One request with its register; the read is journaled in the same transaction. */
  async get(id: string, caller: AuthenticatedUser): Promise<FootageRequestResponse> {
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.findOneBy(FootageRequest, { id });
      if (!request) throw DomainException.notFound('Réquisition');
      const [response] = await this.respond(manager, [request]);
      await this.audit.record(
        { actor: caller, action: 'READ', entity: 'footage_request', entityId: id },
        manager,
      );
      return response;
    });
  }

  async ofIncident(manager: EntityManager, incidentId: string): Promise<FootageRequestResponse[]> {
    const requests = await manager.findBy(FootageRequest, { incidentId });
    return this.respond(manager, requests.sort(compareFootageUrgency));
  }

  /** The designated video operator: an agent holding a valid VIDEO_OPERATOR qualification today. */
  private async operator(
    manager: EntityManager,
    agentId: string | null | undefined,
    now: Date,
  ): Promise<string> {
    if (!agentId) {
      throw DomainException.invalid(
        [{ field: 'operatorAgentId', message: 'l’opérateur vidéo qui a extrait les images est obligatoire' }],
        'FOOTAGE_OPERATOR_REQUIRED',
      );
    }
    const agent = await this.agents.byId(agentId, manager);
    if (!agent) {
      throw DomainException.invalid(
        [{ field: 'operatorAgentId', message: 'agent inconnu' }],
        'FOOTAGE_OPERATOR_UNKNOWN',
      );
    }
    const today = todayInParis(now);
    const designated = (
      await this.agents.qualificationsOf([agentId], manager, QualificationKind.VIDEO_OPERATOR)
    ).some((q) => isQualificationValid(q, today, []));
    if (!designated) {
      throw DomainException.rule(
        `${agent.firstName} ${agent.lastName} n’est pas opérateur vidéo désigné : seul un agent habilité peut extraire des images.`,
        [],
        'NOT_VIDEO_OPERATOR',
      );
    }
    return agent.id;
  }

  private async event(
    manager: EntityManager,
    request: FootageRequest,
    from: FootageStatus | null,
    to: FootageStatus,
    note: string | null,
    author: string | null,
    at: Date,
  ): Promise<void> {
    await manager.insert(FootageRequestEvent, {
      requestId: request.id,
      fromStatus: from,
      toStatus: to,
      note,
      authorLogin: author,
      at,
    });
  }

  private async respond(
    manager: EntityManager,
    requests: FootageRequest[],
  ): Promise<FootageRequestResponse[]> {
    if (requests.length === 0) return [];
    const ids = requests.map((r) => r.id);
    const cameraIds = [...new Set(requests.map((r) => r.cameraId))];
    const incidentIds = [...new Set(requests.map((r) => r.incidentId).filter((id): id is string => !!id))];
    const operatorIds = [
      ...new Set(requests.map((r) => r.operatorAgentId).filter((id): id is string => !!id)),
    ];
    const [cameras, incidents, operators, events] = [
      await manager.findBy(Camera, { id: In(cameraIds) }),
      await FootageIncidents.numbers(manager, incidentIds),
      await this.agents.byIds(operatorIds, manager),
      await manager.find(FootageRequestEvent, { where: { requestId: In(ids) }, order: { at: 'ASC' } }),
    ];
    const context: FootageContext = {
      cameras: new Map(cameras.map((camera) => [camera.id, camera])),
      incidents,
      operators: new Map(operators.map((agent) => [agent.id, `${agent.firstName} ${agent.lastName}`])),
      events: new Map(),
      now: this.clock.now(),
    };
    for (const event of events)
      context.events.set(event.requestId, [...(context.events.get(event.requestId) ?? []), event]);
    return requests.map((request) => toFootageResponse(request, context));
  }
}
