import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  ACCESS,
  ACTION_LABELS,
  activeQuartiers,
  AmendmentDto,
  CreateIncidentDto,
  INCIDENT_STATUS_LABELS,
  INCIDENT_TAXONOMY,
  IncidentExportQueryDto,
  IncidentPageResponse,
  IncidentQueryDto,
  IncidentResponse,
  IncidentStatsQueryDto,
  IncidentStatsResponse,
  IntegrityQueryDto,
  IntegrityResponse,
  PHOTO_HASH_PATTERN,
  PhotoUploadResponse,
  StatusChangeDto,
  TaxonomyResponse,
} from '@vigie/shared';
import { FastifyReply, FastifyRequest } from 'fastify';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { IDEMPOTENCY_HEADER, IdempotencyKeyHeader, sendCreated } from '../../common/idempotency/idempotency';
import { TerritoryService } from '../services/territory.service';
import { IncidentPhotosService } from './incident-photos.service';
import { IncidentStatsService } from './incident-stats.service';
import { IncidentsService } from './incidents.service';
import { PHOTO_CONTENT_TYPES } from './photo-upload';

const options = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([code, label]) => ({ code, label }));

/** The main courante. No PUT, PATCH nor DELETE: entries are append-only. HR has no access. */
@ApiTags('incidents')
@SignedIn()
@Roles(...ACCESS.readIncidents)
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly stats: IncidentStatsService,
    private readonly photos: IncidentPhotosService,
    private readonly territory: TerritoryService,
  ) {}

  /** Categories (two levels), the service's quartiers in service, actions and statuses, with French labels. */
  @Get('taxonomy')
  async taxonomy(): Promise<TaxonomyResponse> {
    const quartiers = activeQuartiers(await this.territory.territory());
    return {
      categories: INCIDENT_TAXONOMY.map((group) => ({
        code: group.code,
        label: group.label,
        children: group.children,
      })),
      quartiers: quartiers.map(({ code, label }) => ({ code, label })),
      actions: options(ACTION_LABELS),
      statuses: options(INCIDENT_STATUS_LABELS),
    };
  }

  /**
   * Records an entry; numbered MC-<year>-<6 digits> without gaps. With an `Idempotency-Key`, a
   * retry answers the entry the key made (200) instead of making a second one.
   */
  @Post()
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ type: IncidentResponse })
  @ApiOkResponse({ type: IncidentResponse, description: 'Déjà enregistrée avec cette clé' })
  async create(
    @Body() dto: CreateIncidentDto,
    @CurrentUser() caller: AuthenticatedUser,
    @IdempotencyKeyHeader() key: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendCreated(reply, await this.incidents.create(dto, caller, key));
  }

  /**
   * Receives a photo (its bytes as the body, at most 10 MB; JPEG, PNG, WebP or HEIC by content),
   * kept under its SHA-256, to be named in an entry's or a complement's `photos`: 201, or 200 when
   * the same bytes were already received. Nothing else can be done to a photo: no replacement,
   * no deletion.
   */
  @Post('photos')
  @ApiConsumes(...PHOTO_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: PhotoUploadResponse })
  @ApiOkResponse({ type: PhotoUploadResponse, description: 'Déjà reçue' })
  async uploadPhoto(
    @Req() request: FastifyRequest,
    @CurrentUser() caller: AuthenticatedUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendCreated(reply, await this.photos.receive(request.body, caller));
  }

  /** Filters, French full-text search, keyset pages (most recent first). */
  @Get()
  list(@Query() query: IncidentQueryDto): Promise<IncidentPageResponse> {
    return this.incidents.list(query);
  }

  /** Counts by category, quartier, ISO week or hour of the week (7 × 24). */
  @Get('stats')
  @Roles(...ACCESS.reviewIncidents)
  statistics(@Query() query: IncidentStatsQueryDto): Promise<IncidentStatsResponse> {
    return this.stats.stats(query);
  }

  /** UTF-8 CSV with BOM, `;` separated (opens in French Excel), streamed. */
  @Get('export.csv')
  @Roles(...ACCESS.reviewIncidents)
  @ApiProduces('text/csv')
  async exportCsv(
    @Query() query: IncidentExportQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const stream = await this.stats.exportCsv(query, caller);
    await reply
      .header('Content-Disposition', 'attachment; filename="main-courante.csv"')
      .type('text/csv; charset=utf-8')
      .send(stream);
  }

  /**
   * Re-computes the hash chain (from the anchor of the last retention purge) and reports the
   * first link that no longer matches, and the head to export; `?seq=&hash=` also checks that a
   * head exported earlier is still in the chain (truncation or re-computation otherwise).
   */
  @Get('integrity')
  @Roles(...ACCESS.checkIntegrity)
  integrity(
    @Query() query: IntegrityQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<IntegrityResponse> {
    return this.incidents.integrity(caller, query);
  }

  /** The entry with its amendments and status history; every read is journaled. */
  @Get(':id')
  get(
    @Param('id', new UuidParam('Main courante')) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<IncidentResponse> {
    return this.incidents.get(id, caller);
  }

  /** A photo of the entry or of one of its complements, to whoever may read the entry; every view is journaled. */
  @Get(':id/photos/:sha256')
  @ApiParam({ name: 'sha256', description: 'SHA-256 de la photo (64 caractères hexadécimaux)' })
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'image/heic')
  async photo(
    @Param('id', new UuidParam('Main courante')) id: string,
    @Param('sha256') sha256: string,
    @CurrentUser() caller: AuthenticatedUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!PHOTO_HASH_PATTERN.test(sha256)) throw DomainException.notFound('Photo');
    const photo = await this.photos.read(id, sha256, caller);
    await reply
      .type(photo.mediaType)
      .header('Content-Disposition', `inline; filename="${sha256}"`)
      .send(photo.bytes);
  }

  /** Adds a complement (agents present on the entry, SUPERVISOR, CHIEF). */
  @Post(':id/amendments')
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ type: IncidentResponse })
  @ApiOkResponse({ type: IncidentResponse, description: 'Déjà ajouté avec cette clé' })
  async amend(
    @Param('id', new UuidParam('Main courante')) id: string,
    @Body() dto: AmendmentDto,
    @CurrentUser() caller: AuthenticatedUser,
    @IdempotencyKeyHeader() key: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendCreated(reply, await this.incidents.amend(id, dto, caller, key));
  }

  /** OPEN → IN_PROGRESS → CLOSED, or TRANSFERRED (to the police nationale or the prosecutor), with a note. */
  @Post(':id/status')
  @HttpCode(200)
  @Roles(...ACCESS.reviewIncidents)
  @ApiUnprocessableEntityResponse({ description: 'Changement de statut impossible' })
  changeStatus(
    @Param('id', new UuidParam('Main courante')) id: string,
    @Body() dto: StatusChangeDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<IncidentResponse> {
    return this.incidents.changeStatus(id, dto, caller);
  }
}
