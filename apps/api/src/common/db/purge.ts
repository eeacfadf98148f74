import { EntityManager } from 'typeorm';

/**
 * Lets this transaction delete from the append-only tables (their triggers refuse otherwise):
 * only the retention purge says so, and the setting ends with the transaction.
 */
export async function allowPurge(manager: EntityManager): Promise<void> {
  await manager.query(`SET LOCAL vigie.purge = 'on'`);
}
