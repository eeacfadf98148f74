import { Inject, Injectable } from '@nestjs/common';
import {
  AmendmentDto,
  CreateIncidentDto,
  formatDateFr,
  incidentNumber,
  IncidentPageResponse,
  IncidentQueryDto,
  IncidentResponse,
  IncidentStatus,
  IntegrityQueryDto,
  IntegrityResponse,
  localDateOf,
  MAX_BACKDATING_DAYS,
  occurredAtProblem,
  SERVICE_TIME_ZONE,
  STATUS_TRANSITIONS,
  StatusChangeDto,
} from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { allowed, AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeCursor, invalidCursor, pageSize, toPage } from '../../common/http/cursor';
import { Created, IdempotencyKeys, IdempotentRequest } from '../../common/idempotency/idempotency';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AgentsRepository } from '../agents/agents.repository';
import { TerritoryService } from '../services/territory.service';
import { CamerasService } from '../video/cameras.service';
import { FootageRequestsService } from '../video/footage-requests.service';
import { toCameraRef } from '../video/video.mapper';
import { Incident } from './incident.entity';
import { IncidentAgent } from './incident-agent.entity';
import { IncidentAmendment } from './incident-amendment.entity';
import { amendmentContent, entryContent, IncidentChain, statusContent } from './incident-chain';
import { IncidentPhotosService } from './incident-photos.service';
import { IncidentStatusChange } from './incident-status-change.entity';
import { toIncidentLine, toIncidentResponse } from './incidents.mapper';
import { IncidentsRepository, PageCursor } from './incidents.repository';

@Injectable()
export class IncidentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chain: IncidentChain,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly footage: FootageRequestsService,
    private readonly repository: IncidentsRepository,
    private readonly agents: AgentsRepository,
    private readonly cameras: CamerasService,
    private readonly keys: IdempotencyKeys,
    private readonly photos: IncidentPhotosService,
    private readonly territory: TerritoryService,
  ) {}

  private get zone(): string {
    return this.config.ruleSet.timeZone;
  }

  /**
   * Records an entry: numbered MC-<year>-<6 digits> without gaps (a per-year counter row taken
   * in the transaction: a rollback gives the number back), linked into the hash chain.
   */
  /** Entries by status and since a moment, for the dashboard. */
  tally(since: Date): Promise<{ byStatus: Map<string, number>; since: number }> {
    return this.repository.tally(since);
  }

  async create(
    dto: CreateIncidentDto,
    caller: AuthenticatedUser,
    key?: string,
  ): Promise<Created<IncidentResponse>> {
    const request: IdempotentRequest = { userId: caller.id, key, scope: 'incident', body: dto };
    const earlier = await this.keys.earlier(this.dataSource.manager, request);
    if (earlier)
      return { value: await this.detail(this.dataSource.manager, earlier, caller), replayed: true };
    const now = this.clock.now();
    const occurredAt = new Date(dto.occurredAt);
    this.checkOccurredAt(occurredAt, now, caller);
    const { lat, lng } = dto.location;
    if ((lat === undefined) !== (lng === undefined)) {
      throw DomainException.invalid(
        [
          {
            field: lat === undefined ? 'location.lat' : 'location.lng',
            message: 'est obligatoire avec l’autre coordonnée',
          },
        ],
        'POSITION_INCOMPLETE',
      );
    }
    await this.territory.checkPlace(
      { quartier: dto.location.quartier, lat, lng },
      { quartier: 'location.quartier', position: 'location' },
    );
    if (caller.agentId && !dto.agentIds.includes(caller.agentId)) {
      throw DomainException.invalid(
        [{ field: 'agentIds', message: 'doit comprendre l’auteur de la main courante' }],
        'AUTHOR_NOT_PRESENT',
      );
    }
    // One connection for the request. The entry is read back once committed: every writer of the
    // main courante waits for the chain's lock, held to the commit, so nothing that can be done
    // after it is done under it.
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const made = await runner.manager.transaction(async (manager) => {
        // A retry racing this request waits here, then answers what it made.
        const replay = await this.keys.claim(manager, request);
        if (replay) return { id: replay, replayed: true };
        const known = await this.agents.count(dto.agentIds, manager);
        if (known !== dto.agentIds.length) {
          throw new DomainException('UNKNOWN_REFERENCE', 'Référence inconnue : un des agents n’existe pas.', {
            errors: [{ field: 'agentIds', message: 'agent inconnu' }],
          });
        }
        const cameraIds = dto.cameraIds ?? [];
        if (
          cameraIds.length > 0 &&
          (await this.cameras.byIds(cameraIds, manager)).length !== cameraIds.length
        ) {
          throw new DomainException(
            'UNKNOWN_REFERENCE',
            'Référence inconnue : une des caméras n’existe pas.',
            {
              errors: [{ field: 'cameraIds', message: 'caméra inconnue' }],
            },
          );
        }
        await this.chain.lock(manager);
        const year = Number(localDateOf(now, this.zone).slice(0, 4));
        const last = await this.repository.nextNumber(manager, year);
        const incident = manager.create(Incident, {
          number: incidentNumber(year, last),
          year,
          sequence: last,
          occurredAt,
          recordedAt: now,
          category: dto.category,
          quartier: dto.location.quartier,
          address: dto.location.address.trim(),
          lat: lat ?? null,
          lng: lng ?? null,
          summary: dto.summary.trim(),
          description: dto.description.trim(),
          agentIds: dto.agentIds,
          cameraIds: dto.cameraIds ?? [],
          actions: (dto.actions ?? []).map((action) => ({
            kind: action.kind,
            natinf: action.natinf ?? null,
            note: action.note?.trim() || null,
          })),
          authorId: caller.id,
          authorLogin: caller.login,
          status: IncidentStatus.OPEN,
        });
        await manager.insert(Incident, incident);
        await manager.insert(
          IncidentAgent,
          dto.agentIds.map((agentId) => ({ incidentId: incident.id, agentId })),
        );
        const photos = dto.photos ?? [];
        await this.photos.name(manager, incident.id, 'ENTRY', incident.id, photos);
        await this.chain.append(manager, 'ENTRY', incident.id, incident.id, entryContent(incident, photos));
        await this.audit.record(
          {
            actor: caller,
            action: 'CREATE',
            entity: 'incident',
            entityId: incident.id,
            details: { number: incident.number },
          },
          manager,
        );
        await this.keys.settle(manager, request, incident.id);
        return { id: incident.id, replayed: false };
      });
      return { value: await this.detail(runner.manager, made.id, caller), replayed: made.replayed };
    } finally {
      await runner.release();
    }
  }

  /** Most recent first, keyset-paginated (stable while new entries arrive); French full text. */
  async list(query: IncidentQueryDto): Promise<IncidentPageResponse> {
    const limit = pageSize(query.limit);
    let after: PageCursor | undefined;
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, ['string', 'string']);
      if (Number.isNaN(Date.parse(String(at)))) throw invalidCursor();
      after = { at: String(at), id: String(id) };
    }
    const rows = await this.repository.page(query, after, limit);
    return toPage(rows, limit, toIncidentLine, (row) => [row.occurredAt.toISOString(), row.id]);
  }

  /** The entry with its amendments and status history; the read is journaled in the same transaction. */
  async get(id: string, caller: AuthenticatedUser): Promise<IncidentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const response = await this.detail(manager, id, caller);
      await this.audit.record({ actor: caller, action: 'READ', entity: 'incident', entityId: id }, manager);
      return response;
    });
  }

  /** A complement by an agent present on the entry, or a supervisor; the entry itself never changes. */
  async amend(
    id: string,
    dto: AmendmentDto,
    caller: AuthenticatedUser,
    key?: string,
  ): Promise<Created<IncidentResponse>> {
    const request: IdempotentRequest = { userId: caller.id, key, scope: `amendment:${id}`, body: dto };
    if (await this.keys.earlier(this.dataSource.manager, request)) {
      return { value: await this.detail(this.dataSource.manager, id, caller), replayed: true };
    }
    return this.dataSource.transaction(async (manager) => {
      if (await this.keys.claim(manager, request)) {
        return { value: await this.detail(manager, id, caller), replayed: true };
      }
      const incident = await manager.findOneBy(Incident, { id });
      if (!incident) throw DomainException.notFound('Main courante');
      refuseErased(incident);
      const present = caller.agentId !== null && incident.agentIds.includes(caller.agentId);
      if (!present && !allowed(caller, 'amendAnyIncident')) {
        throw new DomainException(
          'FORBIDDEN',
          'Seuls les agents présents et l’encadrement peuvent compléter cette main courante.',
        );
      }
      await this.chain.lock(manager);
      const amendment = manager.create(IncidentAmendment, {
        incidentId: id,
        text: dto.text.trim(),
        authorId: caller.id,
        authorLogin: caller.login,
        createdAt: this.clock.now(),
      });
      await manager.insert(IncidentAmendment, amendment);
      const photos = dto.photos ?? [];
      await this.photos.name(manager, id, 'AMENDMENT', amendment.id, photos);
      await this.chain.append(manager, 'AMENDMENT', amendment.id, id, amendmentContent(amendment, photos));
      await this.audit.record({ actor: caller, action: 'AMEND', entity: 'incident', entityId: id }, manager);
      await this.keys.settle(manager, request, amendment.id);
      return { value: await this.detail(manager, id, caller), replayed: false };
    });
  }

  async changeStatus(id: string, dto: StatusChangeDto, caller: AuthenticatedUser): Promise<IncidentResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.chain.lock(manager);
      const incident = await manager.findOne(Incident, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!incident) throw DomainException.notFound('Main courante');
      refuseErased(incident);
      if (!STATUS_TRANSITIONS[incident.status].includes(dto.to)) {
        const message = `Une main courante ${statusWord(incident.status)} ne peut pas devenir ${statusWord(dto.to)}.`;
        throw DomainException.rule(
          message,
          [{ rule: 'STATUS_TRANSITION', message }],
          'INCIDENT_STATUS_TRANSITION',
        );
      }
      const change = manager.create(IncidentStatusChange, {
        incidentId: id,
        fromStatus: incident.status,
        toStatus: dto.to,
        note: dto.note.trim(),
        authorId: caller.id,
        authorLogin: caller.login,
        createdAt: this.clock.now(),
      });
      await manager.insert(IncidentStatusChange, change);
      await manager.update(Incident, { id }, { status: dto.to });
      await this.chain.append(manager, 'STATUS', change.id, id, statusContent(change));
      await this.audit.record(
        {
          actor: caller,
          action: 'CHANGE_STATUS',
          entity: 'incident',
          entityId: id,
          details: { from: incident.status, to: dto.to },
        },
        manager,
      );
      return this.detail(manager, id, caller);
    });
  }

  /** Re-computes the chain; with `seq` and `hash`, also checks a head exported earlier. */
  async integrity(caller: AuthenticatedUser, query: IntegrityQueryDto = {}): Promise<IntegrityResponse> {
    const exported = query.seq !== undefined && query.hash ? { seq: query.seq, hash: query.hash } : undefined;
    // Repeatable read: the whole chain is checked as of one instant, writers go on.
    const result = await this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.chain.verify(manager, exported),
    );
    await this.audit.record({
      actor: caller,
      action: 'CHECK_INTEGRITY',
      entity: 'incident',
      details: {
        ok: result.ok,
        checked: result.checked,
        ...(result.exported
          ? { exported: { seq: result.exported.seq, status: result.exported.status } }
          : {}),
      },
    });
    return result;
  }

  private checkOccurredAt(occurredAt: Date, now: Date, caller: AuthenticatedUser): void {
    const problem = occurredAtProblem(occurredAt, now, allowed(caller, 'amendAnyIncident'));
    if (problem === 'future') {
      throw DomainException.invalid(
        [{ field: 'occurredAt', message: 'ne peut pas être dans le futur' }],
        'DATE_IN_FUTURE',
      );
    }
    if (problem === 'tooOld') {
      throw DomainException.invalid(
        [
          {
            field: 'occurredAt',
            message: `plus de ${MAX_BACKDATING_DAYS} jours en arrière : à saisir par un chef de brigade`,
          },
        ],
        'BACKDATED_TOO_FAR',
      );
    }
  }

  private async detail(
    manager: EntityManager,
    id: string,
    caller: AuthenticatedUser,
  ): Promise<IncidentResponse> {
    const incident = await manager.findOneBy(Incident, { id });
    if (!incident) throw DomainException.notFound('Main courante');
    // In the order they were written: the order of their links in the chain.
    const order = await this.repository.chainOrder(manager, id);
    const bySeq = (a: { id: string }, b: { id: string }): number =>
      Number((order.get(a.id) ?? 0n) - (order.get(b.id) ?? 0n));
    const amendments = (await manager.findBy(IncidentAmendment, { incidentId: id })).sort(bySeq);
    const history = (await manager.findBy(IncidentStatusChange, { incidentId: id })).sort(bySeq);
    const authors = [
      incident.authorId,
      ...amendments.map((a) => a.authorId),
      ...history.map((h) => h.authorId),
    ];
    const { agents, users } = await this.repository.names(
      manager,
      incident.agentIds,
      authors.filter((id): id is string => id !== null),
    );
    const cameras = incident.cameraIds.length ? await this.cameras.byIds(incident.cameraIds, manager) : [];
    // The register of footage requests is the supervisors' and the chief's.
    const footage = allowed(caller, 'manageFootage') ? await this.footage.ofIncident(manager, id) : [];
    return toIncidentResponse(
      incident,
      agents,
      amendments,
      history,
      users,
      cameras.map(toCameraRef),
      footage,
      await this.photos.ofIncident(manager, id),
    );
  }
}

/** An erased entry (end of its retention) is closed to complements and status changes: 422 INCIDENT_ERASED. */
function refuseErased(incident: Incident): void {
  if (!incident.erasedAt) return;
  const message =
    `La main courante ${incident.number} a été effacée le ${formatDateFr(localDateOf(incident.erasedAt, SERVICE_TIME_ZONE))} ` +
    `au terme de sa durée de conservation : elle ne peut plus être complétée ni changer de statut.`;
  throw DomainException.rule(message, [{ rule: 'INCIDENT_ERASED', message }], 'INCIDENT_ERASED');
}

function statusWord(status: IncidentStatus): string {
  return { OPEN: 'ouverte', IN_PROGRESS: 'en cours', CLOSED: 'close', TRANSFERRED: 'transmise' }[status];
}
