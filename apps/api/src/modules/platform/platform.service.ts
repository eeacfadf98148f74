import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import {
  CommuneSearchResponse,
  CreateServiceDto,
  PageQueryDto,
  Role,
  schoolZoneOfCommune,
  SERVICE_LIMITS,
  ServiceKind,
  ServiceListResponse,
  ServiceResponse,
} from '@vigie/shared';
import { DataSource } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeTextCursor, pageSize, toPage } from '../../common/http/cursor';
import { inService } from '../../common/tenancy/tenant';
import { AccountsRepository } from '../auth/accounts.repository';
import { PasswordService } from '../auth/password.service';
import { assertAcceptablePassword } from '../auth/password-policy';
import { SchoolCalendarService } from '../planning/school-calendar.service';
import { CommuneCatalogue } from '../services/commune-catalogue';
import { ServiceDirectory } from '../services/service-directory';
import { ServicesRepository } from '../services/services.repository';
import { communeQuartiers, TerritoryService } from '../services/territory.service';

@Injectable()
export class PlatformService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: ServicesRepository,
    private readonly directory: ServiceDirectory,
    private readonly catalogue: CommuneCatalogue,
    private readonly accounts: AccountsRepository,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly territory: TerritoryService,
    private readonly schoolCalendar: SchoolCalendarService,
  ) {}

  /** The services by name, a page at a time. */
  async services(query: PageQueryDto): Promise<ServiceListResponse> {
    const limit = pageSize(query.limit);
    const afterName = decodeTextCursor(query.cursor);
    const services = await this.registry.page(limit + 1, afterName);
    return toPage(
      services,
      limit,
      (service) => this.directory.toResponse(service),
      (service) => [service.name],
    );
  }

  communes(query: string): CommuneSearchResponse {
    return { items: this.catalogue.search(query) };
  }

  /**
   * The service, then its first chief in it (his account and his user, written in the new
   * service's scope: row security takes them as its rows), in one transaction; audited in the
   * new service's own trail, which is the first thing its chief can read of the platform.
   */
  async create(dto: CreateServiceDto, actor: AuthenticatedUser): Promise<ServiceResponse> {
    this.assertCommunes(dto);
    const chief = dto.chief;
    const login = chief.login.toLowerCase();
    assertAcceptablePassword('chief.password', chief.password, chief);
    const passwordHash = await this.passwords.hash(chief.password);
    const id = randomUUID();
    const name = dto.name.trim();
    // The zone of its (first) commune's académie; its chief changes it if the communes differ.
    const schoolZone = schoolZoneOfCommune(dto.inseeCodes[0]);
    return inService(id, () =>
      this.dataSource.transaction(async (manager) => {
        if (await this.registry.nameTaken(manager, name)) {
          throw new DomainException('SERVICE_NAME_TAKEN', `Un service s’appelle déjà « ${name} ».`, {
            errors: [{ field: 'name', message: 'déjà utilisé' }],
          });
        }
        if (await this.accounts.loginTaken(manager, login)) {
          throw new DomainException('LOGIN_TAKEN', `L’identifiant « ${login} » est déjà utilisé.`, {
            errors: [{ field: 'chief.login', message: 'déjà utilisé' }],
          });
        }
        const service = await this.registry.insert(manager, {
          id,
          name,
          kind: dto.kind,
          inseeCodes: dto.inseeCodes,
          schoolZone,
        });
        // Its communes are its first quartiers; the chief renames them, adds his own.
        await this.territory.open(
          manager,
          id,
          communeQuartiers(dto.inseeCodes.map((code) => ({ name: this.catalogue.byCode(code)!.name }))),
          null,
        );
        await this.schoolCalendar.open(manager, schoolZone);
        const user = await this.accounts.insert(manager, {
          login,
          displayName: chief.displayName.trim(),
          passwordHash,
          roles: [Role.CHIEF],
          agentId: null,
        });
        await this.audit.record(
          {
            actor: null,
            action: 'CREATE',
            entity: 'service',
            entityId: id,
            details: { by: actor.login, name, kind: dto.kind, inseeCodes: dto.inseeCodes, chief: user.login },
          },
          manager,
        );
        return this.directory.toResponse(service);
      }),
    );
  }

  private assertCommunes(dto: CreateServiceDto): void {
    const unknown = dto.inseeCodes.filter((code) => !this.catalogue.byCode(code));
    if (unknown.length > 0) {
      throw new DomainException(
        'COMMUNE_UNKNOWN',
        `Code INSEE inconnu de la liste officielle des communes : ${unknown.join(', ')}.`,
        { errors: [{ field: 'inseeCodes', message: `inconnu : ${unknown.join(', ')}` }] },
      );
    }
    if (dto.kind === ServiceKind.COMMUNE && dto.inseeCodes.length !== 1) {
      throw new DomainException(
        'SERVICE_COMMUNES_INVALID',
        'Une police municipale sert une seule commune ; plusieurs communes font une police pluricommunale.',
        { errors: [{ field: 'inseeCodes', message: 'une seule commune pour une police municipale' }] },
      );
    }
    if (dto.kind === ServiceKind.POOLED && dto.inseeCodes.length < SERVICE_LIMITS.pooledCommunes.min) {
      throw new DomainException(
        'SERVICE_COMMUNES_INVALID',
        'Une police pluricommunale est mise en commun par au moins deux communes (CSI L512-1).',
        { errors: [{ field: 'inseeCodes', message: 'au moins deux communes' }] },
      );
    }
  }
}
