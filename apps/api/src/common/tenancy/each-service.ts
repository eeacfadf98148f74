import { DataSource } from 'typeorm';

import { inService } from './tenant';

/**
 * Runs background work once per service, each in its own scope (row security then shows it that
 * service's rows only), one after the other; answers each service's result.
 */
export async function eachService<T>(
  dataSource: DataSource,
  work: (serviceId: string) => Promise<T>,
): Promise<T[]> {
  const services = await dataSource.query<{ id: string }[]>('SELECT id FROM service ORDER BY created_at, id');
  const results: T[] = [];
  for (const { id } of services) results.push(await inService(id, () => work(id)));
  return results;
}
