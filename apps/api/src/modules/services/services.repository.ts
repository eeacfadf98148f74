import { Injectable } from '@nestjs/common';
import { ServiceKind } from '@vigie/shared';
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
    service: { id?: string; name: string; kind: ServiceKind; inseeCodes: string[] },
  ): Promise<PoliceService> {
    const { id } = await manager.save(manager.create(PoliceService, service));
    return manager.findOneByOrFail(PoliceService, { id });
  }
}
