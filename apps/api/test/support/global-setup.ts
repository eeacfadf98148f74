import { mkdtemp } from 'node:fs/promises';
import { join as joinPath } from 'node:path';

import { register } from 'tsconfig-paths';

// Global setup runs outside Jest's module map: resolve @vigie/shared as the build does.
register({ baseUrl: joinPath(__dirname, '../../../..'), paths: { '@vigie/shared': ['libs/shared/src'] } });

import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../../src/database/data-source';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { ADMIN_URL_ENV, TEMPLATE_DATABASE } from './test-database';

declare global {
  var vigieTestPostgres: EmbeddedPostgres | undefined;
}

/** One throwaway PostgreSQL for the run; the template database runs the real migrations once. */
export default async function globalSetup(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'vigie-int-'));
  const server = await EmbeddedPostgres.start({ dataDir: join(root, 'pg'), ephemeral: true });
  globalThis.vigieTestPostgres = server;
  process.env[ADMIN_URL_ENV] = server.url('postgres');

  await server.ensureDatabase(TEMPLATE_DATABASE);
  const dataSource = new DataSource(dataSourceOptions(server.url(TEMPLATE_DATABASE)));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
