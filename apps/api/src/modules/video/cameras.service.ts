import { Injectable } from '@nestjs/common';
import {
  CAMERA_KIND_LABELS,
  CameraKind,
  CameraPageResponse,
  CameraQueryDto,
  CameraResponse,
  CreateCameraDto,
  deployment,
  DeploymentResponse,
  DeploymentRowResponse,
  repeatedPlanLine,
  ReplaceCameraPlanDto,
  UpdateCameraDto,
} from '@vigie/shared';
import { DataSource, EntityManager, In } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Clock } from '../../common/clock';
import { saveUnique, UniqueField } from '../../common/db/save-unique';
import { updateVersioned } from '../../common/db/versioned-update';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeTextCursor, pageSize, toPage } from '../../common/http/cursor';
import { requireService } from '../../common/tenancy/tenant';
import { ServicesRepository } from '../services/services.repository';
import { TerritoryService } from '../services/territory.service';
import { Camera } from './camera.entity';
import { CameraStatusChange } from './camera-status-change.entity';
import { CamerasRepository } from './cameras.repository';
import { toCameraResponse } from './video.mapper';

/** The camera registry and the deployment plan. */
const CODE: UniqueField = {
  constraint: 'uq_camera_code',
  field: 'code',
  message: 'déjà attribué',
  detail: 'Ce code est déjà celui d’une autre caméra.',
  code: 'CAMERA_CODE_TAKEN',
};

@Injectable()
export class CamerasService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cameras: CamerasRepository,
    private readonly clock: Clock,
    private readonly territory: TerritoryService,
    private readonly services: ServicesRepository,
  ) {}

  /** By code (unique), keyset-paginated. */
  /** These cameras, by code: the entries of the main courante name the cameras they cite. */
  async byIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Camera[]> {
    return ids.length ? manager.find(Camera, { where: { id: In([...ids]) }, order: { code: 'ASC' } }) : [];
  }

  async list(query: CameraQueryDto): Promise<CameraPageResponse> {
    const limit = pageSize(query.limit);
    const afterCode = decodeTextCursor(query.cursor);
    const cameras = await this.cameras.page(query, limit + 1, afterCode);
    const page = toPage(
      cameras,
      limit,
      (camera) => camera,
      (camera) => [camera.code],
    );
    return { items: await this.respond(this.dataSource.manager, page.items), nextCursor: page.nextCursor };
  }

  async create(dto: CreateCameraDto, actor: AuthenticatedUser): Promise<CameraResponse> {
    checkPosition(dto.lat ?? null, dto.lng ?? null);
    await this.territory.checkPlace({ quartier: dto.quartier, lat: dto.lat, lng: dto.lng }, PLACE_FIELDS);
    return this.dataSource.transaction(async (manager) => {
      const camera = await saveUnique(CODE, () =>
        manager.save(
          manager.create(Camera, {
            ...dto,
            lat: dto.lat ?? null,
            lng: dto.lng ?? null,
            installedOn: dto.installedOn ?? null,
            connectedToCsu: dto.connectedToCsu ?? false,
          }),
        ),
      );
      await manager.insert(CameraStatusChange, {
        cameraId: camera.id,
        fromStatus: null,
        toStatus: camera.status,
        note: null,
        authorLogin: actor.login,
        at: this.clock.now(),
      });
      await this.audit.record(
        { actor, action: 'CREATE', entity: 'camera', entityId: camera.id, details: { code: camera.code } },
        manager,
      );
      return (await this.respond(manager, [camera]))[0];
    });
  }

  async update(id: string, dto: UpdateCameraDto, actor: AuthenticatedUser): Promise<CameraResponse> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(Camera, { id });
      if (!current) throw DomainException.notFound('Caméra');
      const { version, note, ...changes } = dto;
      const lat = changes.lat === undefined ? current.lat : changes.lat;
      const lng = changes.lng === undefined ? current.lng : changes.lng;
      checkPosition(lat, lng);
      await this.territory.checkPlace(
        { quartier: changes.quartier ?? current.quartier, lat, lng },
        PLACE_FIELDS,
        current.quartier,
      );
      const updated = await updateVersioned(manager, Camera, id, version, changes, 'Caméra');
      if (changes.status && changes.status !== current.status) {
        await manager.insert(CameraStatusChange, {
          cameraId: id,
          fromStatus: current.status,
          toStatus: changes.status,
          note: note?.trim() || null,
          authorLogin: actor.login,
          at: this.clock.now(),
        });
      }
      await this.audit.record(
        {
          actor,
          action: 'UPDATE',
          entity: 'camera',
          entityId: id,
          details: { fields: Object.keys(changes) },
        },
        manager,
      );
      return (await this.respond(manager, [updated]))[0];
    });
  }

  /** Replaces the service's plan (the council's vote, a revision); answers the deployment anew. */
  async replacePlan(dto: ReplaceCameraPlanDto, actor: AuthenticatedUser): Promise<DeploymentResponse> {
    const repeated = repeatedPlanLine(dto.lines);
    if (repeated >= 0) {
      const { year, kind } = dto.lines[repeated];
      throw DomainException.invalid(
        [
          {
            field: `lines.${repeated}.kind`,
            message: `${year} et « ${CAMERA_KIND_LABELS[kind]} » figurent déjà au plan`,
          },
        ],
        'CAMERA_PLAN_DUPLICATE',
      );
    }
    const serviceId = requireService();
    return this.dataSource.transaction(async (manager) => {
      // Two replacements at once would each delete the old plan and both insert theirs.
      await this.services.lock(manager, serviceId);
      await this.cameras.replacePlan(manager, serviceId, dto.lines);
      await this.audit.record(
        {
          actor,
          action: 'UPDATE',
          entity: 'camera_plan',
          details: { lines: dto.lines.map(({ year, kind, planned }) => ({ year, kind, planned })) },
        },
        manager,
      );
      return this.deployment(manager);
    });
  }

  /** The plan against the registry per year and kind, and the totals per kind. */
  async deployment(manager: EntityManager = this.dataSource.manager): Promise<DeploymentResponse> {
    // One after the other: inside the plan's transaction both go through one connection.
    const cameras = await manager.getRepository(Camera).find();
    const plan = await this.cameras.plan(manager);
    const rows: DeploymentRowResponse[] = deployment(plan, cameras);
    const totals = Object.values(CameraKind).map((kind) =>
      rows
        .filter((row) => row.kind === kind)
        .reduce(
          (sum, row) => ({
            ...sum,
            planned: sum.planned + row.planned,
            registered: sum.registered + row.registered,
            installed: sum.installed + row.installed,
            active: sum.active + row.active,
            connected: sum.connected + row.connected,
          }),
          { year: 0, kind, planned: 0, registered: 0, installed: 0, active: 0, connected: 0 },
        ),
    );
    return { rows, totals };
  }

  private async respond(manager: EntityManager, cameras: Camera[]): Promise<CameraResponse[]> {
    const history = cameras.length
      ? await manager.find(CameraStatusChange, {
          where: { cameraId: In(cameras.map((camera) => camera.id)) },
          order: { at: 'ASC' },
        })
      : [];
    return cameras.map((camera) =>
      toCameraResponse(
        camera,
        history.filter((change) => change.cameraId === camera.id),
      ),
    );
  }
}

/** A camera's place, as its fields are named in the request. */
const PLACE_FIELDS = { quartier: 'quartier', position: 'lat' };

function checkPosition(lat: number | null, lng: number | null): void {
  if ((lat === null) !== (lng === null)) {
    throw DomainException.invalid(
      [{ field: lat === null ? 'lat' : 'lng', message: 'latitude et longitude vont ensemble' }],
      'POSITION_INCOMPLETE',
    );
  }
}
