import { mkdtemp } from 'node:fs/promises';
import { join as joinPath } from 'node:path';

import { register } from 'tsconfig-paths';

// Global setup runs outside Jest's module map: resolve @vigie/shared as the build does.
register({ baseUrl: joinPath(__dirname, '../../../..'), paths: { '@vigie/shared': ['libs/shared/src'] } });

import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { prepareDatabase } from '../../src/database/app-role';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { ADMIN_URL_ENV, TEMPLATE_DATABASE } from './test-database';

declare global {
  var vigieTestPostgres: EmbeddedPostgres | undefined;
}

/**
 * One throwaway PostgreSQL for the run; the template database runs the real migrations once, as
 * the owner, and grants the app role (cluster-wide, created here once) its row privileges, which
 * every test database copies.
 */
export default async function globalSetup(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'vigie-int-'));
  const server = await EmbeddedPostgres.start({ dataDir: join(root, 'pg'), ephemeral: true });
  globalThis.vigieTestPostgres = server;
  process.env[ADMIN_URL_ENV] = server.url('postgres');

  await server.ensureDatabase(TEMPLATE_DATABASE);
  await prepareDatabase(server.url(TEMPLATE_DATABASE), null);
}
