import { Injectable } from '@nestjs/common';
import { CommuneResponse, ServiceResponse, ServiceSummary } from '@vigie/shared';

import { CommuneCatalogue } from './commune-catalogue';
import { PoliceService } from './police-service.entity';
import { ServicesRepository } from './services.repository';

/** Services as their members and the platform see them: a name and communes, never their data. */
@Injectable()
export class ServiceDirectory {
  constructor(
    private readonly services: ServicesRepository,
    private readonly communes: CommuneCatalogue,
  ) {}

  /** The services of these ids, by name (a member's list). */
  async summaries(ids: readonly string[]): Promise<ServiceSummary[]> {
    return (await this.services.byIds(ids)).map((service) => this.toSummary(service));
  }

  toResponse(service: PoliceService): ServiceResponse {
    return { ...this.toSummary(service), createdAt: service.createdAt.toISOString() };
  }

  private toSummary(service: PoliceService): ServiceSummary {
    return {
      id: service.id,
      name: service.name,
      kind: service.kind,
      communes: service.inseeCodes.map((code) => this.commune(code)),
    };
  }

  private commune(code: string): CommuneResponse {
    // A code that left the official list (a merger since) keeps its code, named by it.
    return (
      this.communes.byCode(code) ?? {
        code,
        name: code,
        departement: code.slice(0, 2),
        parentCode: null,
        parentName: null,
      }
    );
  }
}
