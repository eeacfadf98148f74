import { Injectable } from '@nestjs/common';
import {
  type Bounds,
  CreateQuartierDto,
  insideArea,
  QUARTIER_LIMITS,
  quartierCode,
  type QuartierResponse,
  sameQuartierName,
  type TerritoryResponse,
  UpdateQuartierDto,
} from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { requireService } from '../../common/tenancy/tenant';
import { ServiceQuartier } from './service-quartier.entity';
import { ServicesRepository } from './services.repository';
import { type NewQuartier, TerritoryRepository } from './territory.repository';

/** Where a place is checked: the names of its fields in the request. */
export interface PlaceFields {
  quartier: string;
  position: string;
}

/**
 * A service's territory: the quartiers its chief keeps and the area its positions fall in. The
 * main courante and the cameras check their places against it; the signed-in user carries it.
 */
@Injectable()
export class TerritoryService {
  constructor(
    private readonly repository: TerritoryRepository,
    private readonly services: ServicesRepository,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The current service's territory (a member's session gets it). */
  async territory(manager?: EntityManager): Promise<TerritoryResponse> {
    const [quartiers, area] = await Promise.all([
      this.repository.quartiers(manager),
      this.repository.area(requireService(), manager),
    ]);
    return { quartiers: quartiers.map(toResponse), area };
  }

  /**
   * A place for an entry or a camera: one of the service's quartiers, not retired (but the one
   * the row is already filed under, `kept`), and a position inside its area.
   */
  async checkPlace(
    place: { quartier: string; lat: number | null | undefined; lng: number | null | undefined },
    fields: PlaceFields,
    kept?: string,
  ): Promise<void> {
    const [quartier, area] = await Promise.all([
      place.quartier === kept ? null : this.repository.quartier(place.quartier),
      place.lat == null || place.lng == null ? null : this.repository.area(requireService()),
    ]);
    if (place.quartier !== kept && (!quartier || quartier.retired)) {
      throw DomainException.invalid(
        [{ field: fields.quartier, message: `« ${place.quartier} » n’est pas un quartier en service` }],
        'QUARTIER_UNKNOWN',
      );
    }
    if (place.lat != null && place.lng != null && !insideArea(area, place.lat, place.lng)) {
      throw DomainException.invalid(
        [{ field: fields.position, message: 'coordonnées hors du territoire du service' }],
        'POSITION_OUTSIDE_COMMUNE',
      );
    }
  }

  /** Adds a quartier at the end of the list; its code is made from its label. */
  async add(dto: CreateQuartierDto, actor: AuthenticatedUser): Promise<QuartierResponse> {
    const label = trimmedLabel(dto.label);
    const serviceId = requireService();
    return this.dataSource.transaction(async (manager) => {
      await this.services.lock(manager, serviceId);
      const quartiers = await this.repository.quartiers(manager);
      this.assertLabelFree(quartiers, label);
      if (quartiers.length >= QUARTIER_LIMITS.count) {
        throw new DomainException(
          'QUARTIERS_FULL',
          `${QUARTIER_LIMITS.count} quartiers au plus par service (retirés compris) : renommez-en un retiré.`,
        );
      }
      const code = quartierCode(
        label,
        quartiers.map((quartier) => quartier.code),
      );
      const position = Math.max(0, ...quartiers.map((quartier) => quartier.position)) + 1;
      const quartier = await this.repository.insert(manager, { code, label, outline: null, position });
      await this.audit.record(
        { actor, action: 'CREATE', entity: 'quartier', entityId: code, details: { label } },
        manager,
      );
      return toResponse(quartier);
    });
  }

  /** Renames, retires or brings back a quartier; what is filed under it keeps its code. */
  async update(code: string, dto: UpdateQuartierDto, actor: AuthenticatedUser): Promise<QuartierResponse> {
    const serviceId = requireService();
    return this.dataSource.transaction(async (manager) => {
      await this.services.lock(manager, serviceId);
      const quartiers = await this.repository.quartiers(manager);
      const quartier = quartiers.find((candidate) => candidate.code === code);
      if (!quartier) throw DomainException.notFound('Quartier');
      if (quartier.version !== dto.version) throw DomainException.versionConflict();
      const label = dto.label === undefined ? undefined : trimmedLabel(dto.label);
      if (label !== undefined && label !== quartier.label) {
        this.assertLabelFree(
          quartiers.filter((other) => other.code !== code),
          label,
        );
      }
      if (
        dto.retired === true &&
        !quartier.retired &&
        quartiers.every((other) => other.retired || other.code === code)
      ) {
        throw new DomainException(
          'QUARTIER_LAST',
          `« ${quartier.label} » est le dernier quartier en service : ajoutez-en un autre avant de le retirer.`,
        );
      }
      const change = {
        ...(label !== undefined ? { label } : {}),
        ...(dto.retired !== undefined ? { retired: dto.retired } : {}),
      };
      const updated = await this.repository.update(manager, code, change);
      await this.audit.record(
        {
          actor,
          action: 'UPDATE',
          entity: 'quartier',
          entityId: code,
          details: { before: { label: quartier.label, retired: quartier.retired }, after: change },
        },
        manager,
      );
      return toResponse(updated);
    });
  }

  /** A new service's first quartiers (and its area when known), written in its scope. */
  open(
    manager: EntityManager,
    serviceId: string,
    quartiers: readonly NewQuartier[],
    area: Bounds | null,
  ): Promise<void> {
    return this.repository.open(manager, serviceId, quartiers, area);
  }

  private assertLabelFree(quartiers: readonly ServiceQuartier[], label: string): void {
    const same = quartiers.find((quartier) => sameQuartierName(quartier.label, label));
    if (same) {
      throw new DomainException('QUARTIER_LABEL_TAKEN', `Le service a déjà un quartier « ${same.label} ».`, {
        errors: [{ field: 'label', message: 'déjà utilisé' }],
      });
    }
  }
}

/** The label as kept: spaces around it dropped, and still long enough without them. */
function trimmedLabel(label: string): string {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  if (trimmed.length < QUARTIER_LIMITS.label.min) {
    throw DomainException.invalid([
      { field: 'label', message: `doit contenir au moins ${QUARTIER_LIMITS.label.min} caractères` },
    ]);
  }
  return trimmed;
}

/** The first quartiers of a service the platform opens: one per commune, named after it. */
export function communeQuartiers(communes: readonly { name: string }[]): NewQuartier[] {
  const codes: string[] = [];
  return communes.map(({ name }) => {
    const code = quartierCode(name, codes);
    codes.push(code);
    return { code, label: name, outline: null };
  });
}

function toResponse(quartier: ServiceQuartier): QuartierResponse {
  return {
    code: quartier.code,
    label: quartier.label,
    outline: quartier.outline ? quartier.outline.map(([lat, lng]) => [lat, lng] as const) : null,
    retired: quartier.retired,
    version: quartier.version,
  };
}
