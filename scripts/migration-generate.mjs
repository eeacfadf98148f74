// npm run migration:generate -- <Name>
// Builds the API, starts a throwaway embedded PostgreSQL with the committed migrations applied,
// and writes the migration that brings it to the entities: apps/api/src/database/migrations/<ts>-<Name>.ts.
// Review it, format it, add it to migrations/index.ts. Never edit a committed migration.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ROOT } from './build-state.mjs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage : npm run migration:generate -- NomEnPascalCase');
  process.exit(2);
}
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', 'build:api', '--silent']);
const require = createRequire(import.meta.url);
const dist = join(ROOT, 'dist/apps/api/apps/api/src/database');
const { EmbeddedPostgres } = require(join(dist, 'embedded-postgres.js'));
const { DataSource } = require('typeorm');
const { dataSourceOptions } = require(join(dist, 'data-source.js'));

const server = await EmbeddedPostgres.start({
  dataDir: join(mkdtempSync(join(tmpdir(), 'vigie-gen-')), 'pg'),
  ephemeral: true,
  database: 'vigie',
});
try {
  const dataSource = new DataSource(dataSourceOptions(server.url('vigie')));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  run(
    'npx',
    [
      'typeorm',
      'migration:generate',
      '-d',
      join(dist, 'cli-data-source.js'),
      join('apps/api/src/database/migrations', name),
    ],
    { DATABASE_URL: server.url('vigie') },
  );
  run('npx', ['prettier', '--write', 'apps/api/src/database/migrations']);
} finally {
  await server.destroy();
}
