import { Injectable } from '@nestjs/common';
import { CameraKind, CameraStatus } from '@vigie/shared';
import { DataSource } from 'typeorm';

import { Camera } from './camera.entity';

/** The cameras' list. */
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
}
