import { Injectable } from '@nestjs/common';
import { FootageStatus } from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { FootageRequest } from './footage-request.entity';

/**
 * The footage register's reads of the main courante: a request may name an entry. Read by its
 * table (the foreign key is the dependency), so that video does not import the incidents module,
 * which imports video for an entry's cameras and footage requests.
 */
export const FootageIncidents = {
  async exists(manager: EntityManager, id: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM incident WHERE id = $1', [id]);
    return rows.length > 0;
  },

  /** Entry id → its number (MC-2026-000123). */
  async numbers(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<{ id: string; number: string }[]>(
      'SELECT id, number FROM incident WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.number]));
  },
};

/** The footage register's list filters. */
export interface FootageFilter {
  status?: FootageStatus;
  open?: boolean;
  cameraId?: string;
  incidentId?: string;
}

/** A request's place in the register's order: urgency rank, then due instant (ms, signed), then id. */
export interface FootageKey {
  rank: number;
  due: number;
  id: string;
}

/** The footage register's queries. */
@Injectable()
export class FootageRequestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `take` requests in the order of `compareFootageUrgency` — waiting first by the overwriting
   * of their images, then extracted, then the others latest change first — after `after` when
   * given; each with its key, the next page's cursor.
   */
  async page(
    filter: FootageFilter,
    take: number,
    after?: FootageKey,
  ): Promise<{ request: FootageRequest; key: Omit<FootageKey, 'id'> }[]> {
    const rank = `CASE r.status WHEN '${FootageStatus.REQUESTED}' THEN 0 WHEN '${FootageStatus.EXTRACTED}' THEN 1 ELSE 2 END`;
    // Milliseconds: the columns keep milliseconds, so the cursor carries the exact key.
    const due = `(CASE WHEN r.status = '${FootageStatus.REQUESTED}' THEN 1 ELSE -1 END * floor(extract(epoch FROM CASE WHEN r.status = '${FootageStatus.REQUESTED}' THEN r.overwrite_at ELSE r.updated_at END) * 1000))::bigint`;
    const qb = this.dataSource
      .getRepository(FootageRequest)
      .createQueryBuilder('r')
      .addSelect(rank, 'r_rank')
      .addSelect(due, 'r_due');
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.open)
      qb.andWhere('r.status IN (:...open)', { open: [FootageStatus.REQUESTED, FootageStatus.EXTRACTED] });
    if (filter.cameraId) qb.andWhere('r.camera_id = :cameraId', { cameraId: filter.cameraId });
    if (filter.incidentId) qb.andWhere('r.incident_id = :incidentId', { incidentId: filter.incidentId });
    if (after) {
      qb.andWhere(`(${rank}, ${due}, r.id) > (:afterRank, :afterDue, :afterId)`, {
        afterRank: after.rank,
        afterDue: after.due,
        afterId: after.id,
      });
    }
    const { entities, raw } = await qb
      .orderBy('r_rank', 'ASC')
      .addOrderBy('r_due', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(take)
      .getRawAndEntities<{ r_id: string; r_rank: number; r_due: string }>();
    const keys = new Map(raw.map((row) => [row.r_id, { rank: Number(row.r_rank), due: Number(row.r_due) }]));
    return entities.map((request) => ({ request, key: keys.get(request.id)! }));
  }

  /** The request, its row locked until the transaction ends; null when unknown. */
  lock(manager: EntityManager, id: string): Promise<FootageRequest | null> {
    return manager
      .getRepository(FootageRequest)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
  }

  /**
   * Requests still waiting for extraction whose images are overwritten by `now`, locked; those
   * another transaction holds are skipped (the next run takes them).
   */
  lockOverwrittenUnextracted(manager: EntityManager, now: Date): Promise<FootageRequest[]> {
    return manager
      .getRepository(FootageRequest)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('r.status = :status AND r.overwrite_at <= :now', { status: FootageStatus.REQUESTED, now })
      .getMany();
  }

  /** Deletes the register's requests whose images were overwritten before `before`; answers how many. */
  async purgeOverwrittenBefore(manager: EntityManager, before: Date): Promise<number> {
    const [, count] = await manager.query<[unknown[], number]>(
      `DELETE FROM footage_request WHERE overwrite_at < $1`,
      [before],
    );
    return count;
  }
}
