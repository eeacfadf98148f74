import { Injectable } from '@nestjs/common';
import { type SchoolZone, ServiceKind } from '@vigie/shared';
import { DataSource, EntityManager, In } from 'typeorm';

import { PoliceService } from './police-service.entity';

/** The `service` table (global: names and communes only). */
@Injectable()
export class ServicesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** `take` services by name, after `afterName` when given. */
  page(take: number, afterName?: string): Promise<PoliceService[]> {
    const qb = this.dataSource
      .getRepository(PoliceService)
      .createQueryBuilder('s')
      .orderBy('s.name')
      .limit(take);
    if (afterName !== undefined) qb.where('s.name > :name', { name: afterName });
    return qb.getMany();
  }

  byIds(ids: readonly string[]): Promise<PoliceService[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(PoliceService)
      .find({ where: { id: In([...ids]) }, order: { name: 'ASC' } });
  }

  nameTaken(manager: EntityManager, name: string): Promise<boolean> {
    return manager.existsBy(PoliceService, { name });
  }

  async insert(
    manager: EntityManager,
    service: {
      id?: string;
      name: string;
      kind: ServiceKind;
      inseeCodes: string[];
      schoolZone: SchoolZone | null;
    },
  ): Promise<PoliceService> {
    const { id } = await manager.save(manager.create(PoliceService, service));
    return manager.findOneByOrFail(PoliceService, { id });
  }

  /**
   * Locks a service's row for a change of its configuration (quartiers, school calendar, camera
   * plan): one change at a time per service, so that two replacements cannot interleave.
   */
  async lock(manager: EntityManager, serviceId: string): Promise<void> {
    await manager.query('SELECT 1 FROM service WHERE id = $1 FOR UPDATE', [serviceId]);
  }

  async schoolZone(manager: EntityManager, serviceId: string): Promise<SchoolZone | null> {
    const service = await manager.findOneByOrFail(PoliceService, { id: serviceId });
    return service.schoolZone;
  }

  async setSchoolZone(manager: EntityManager, serviceId: string, zone: SchoolZone | null): Promise<void> {
    await manager.update(PoliceService, { id: serviceId }, { schoolZone: zone });
  }
}
