import { Injectable } from '@nestjs/common';
import { CameraKind, type CameraPlanLine as CameraPlanInput, CameraStatus } from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { Camera } from './camera.entity';
import { CameraPlanLine } from './camera-plan-line.entity';

/** The cameras' list and the service's deployment plan. */
@Injectable()
export class CamerasRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** `take` cameras by code (unique), after the code `afterCode` when given. */
  page(
    filter: { kind?: CameraKind; status?: CameraStatus },
    take: number,
    afterCode?: string,
  ): Promise<Camera[]> {
    const qb = this.dataSource.getRepository(Camera).createQueryBuilder('c');
    if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (afterCode !== undefined) qb.andWhere('c.code > :after', { after: afterCode });
    return qb.orderBy('c.code', 'ASC').limit(take).getMany();
  }

  /** The service's deployment plan, by year and kind. */
  plan(manager: EntityManager = this.dataSource.manager): Promise<CameraPlanLine[]> {
    return manager.find(CameraPlanLine, { order: { year: 'ASC', kind: 'ASC' } });
  }

  /** The service's plan becomes `lines` (lines of 0 cameras are not kept). */
  async replacePlan(
    manager: EntityManager,
    serviceId: string,
    lines: readonly CameraPlanInput[],
  ): Promise<void> {
    await manager.delete(CameraPlanLine, { serviceId });
    const kept = lines.filter((line) => line.planned > 0);
    if (kept.length > 0)
      await manager.insert(
        CameraPlanLine,
        kept.map(({ year, kind, planned }) => ({ year, kind, planned })),
      );
  }
}
