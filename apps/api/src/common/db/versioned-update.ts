import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { DomainException } from '../errors/domain.exception';

/**
 * Optimistic concurrency, in one place. TypeORM's `save()` does not check `@VersionColumn`
 * (a stale write silently wins), so versioned records are updated with
 * `UPDATE … SET …, version = version + 1 WHERE id = $1 AND version = $2`; when no row
 * matched, the record either does not exist (404) or was changed meanwhile (409).
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
  what = 'Enregistrement',
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  if (!result.affected) {
    const exists = await manager.getRepository(target).exists({ where: { id } as never });
    throw exists ? DomainException.versionConflict() : DomainException.notFound(what);
  }
  return manager.getRepository(target).findOneByOrFail({ id } as never);
}
