import { Injectable } from '@nestjs/common';
import type { Bounds, LatLng } from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { PoliceService } from './police-service.entity';
import { ServiceQuartier } from './service-quartier.entity';

/** A quartier as a service is opened with. */
export interface NewQuartier {
  code: string;
  label: string;
  outline: LatLng[] | null;
}

/** The current service's quartiers (row security keeps them its own) and its area. */
@Injectable()
export class TerritoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  quartiers(manager: EntityManager = this.dataSource.manager): Promise<ServiceQuartier[]> {
    return manager.getRepository(ServiceQuartier).find({ order: { position: 'ASC' } });
  }

  quartier(code: string, manager: EntityManager = this.dataSource.manager): Promise<ServiceQuartier | null> {
    return manager.getRepository(ServiceQuartier).findOneBy({ code });
  }

  async area(serviceId: string, manager: EntityManager = this.dataSource.manager): Promise<Bounds | null> {
    const service = await manager.getRepository(PoliceService).findOneBy({ id: serviceId });
    if (service?.areaSouth == null) return null;
    return {
      south: service.areaSouth,
      north: service.areaNorth!,
      west: service.areaWest!,
      east: service.areaEast!,
    };
  }

  /** Writes a service's first quartiers, in order (in the new service's scope), and its area. */
  async open(
    manager: EntityManager,
    serviceId: string,
    quartiers: readonly NewQuartier[],
    area: Bounds | null,
  ): Promise<void> {
    await manager.getRepository(ServiceQuartier).insert(
      quartiers.map((quartier, index) => ({
        ...quartier,
        outline: quartier.outline?.map(([lat, lng]) => [lat, lng] as const) ?? null,
        position: index + 1,
        retired: false,
      })),
    );
    if (area) await this.setArea(manager, serviceId, area);
  }

  async setArea(manager: EntityManager, serviceId: string, area: Bounds): Promise<void> {
    await manager
      .getRepository(PoliceService)
      .update(
        { id: serviceId },
        { areaSouth: area.south, areaNorth: area.north, areaWest: area.west, areaEast: area.east },
      );
  }

  async insert(
    manager: EntityManager,
    quartier: NewQuartier & { position: number },
  ): Promise<ServiceQuartier> {
    await manager.getRepository(ServiceQuartier).insert({ ...quartier, retired: false });
    return manager.getRepository(ServiceQuartier).findOneByOrFail({ code: quartier.code });
  }

  async update(
    manager: EntityManager,
    code: string,
    change: Partial<Pick<ServiceQuartier, 'label' | 'retired'>>,
  ): Promise<ServiceQuartier> {
    await manager
      .createQueryBuilder()
      .update(ServiceQuartier)
      .set({ ...change, version: () => 'version + 1' })
      .where('code = :code', { code })
      .execute();
    return manager.getRepository(ServiceQuartier).findOneByOrFail({ code });
  }
}
