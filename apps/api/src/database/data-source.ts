import { DataSourceOptions } from 'typeorm';

import { DatabaseTimeouts, guardedDriver } from '../common/db/database-guard';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The options every DataSource of Vigie uses: app, CLI and tests. The app's gives `timeouts`:
 * its requests then never wait for a database that stopped answering (common/db/database-guard).
 */
export function dataSourceOptions(url: string, timeouts?: DatabaseTimeouts): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // Every pool sets the connection's service (common/tenancy); the app's also bounds its waits.
    driver: guardedDriver(),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: 'vigie',
    extra: {
      max: 20,
      // A database that is down refuses connections at once (answered 503). This also bounds the
      // wait for a free client of the pool, so it must outlast a burst queued behind the per-year
      // incident counter (bench/NOTES.md).
      connectionTimeoutMillis: 30000,
      idleTimeoutMillis: 30000,
      statement_timeout: 30000,
      ...(timeouts ? { timeouts } : {}),
    },
  };
}
