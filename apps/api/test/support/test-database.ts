import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/** Set by global-setup: the throwaway server's admin URL (database `postgres`). */
export const ADMIN_URL_ENV = 'VIGIE_TEST_ADMIN_URL';
export const TEMPLATE_DATABASE = 'vigie_template';

export function adminUrl(): string {
  const url = process.env[ADMIN_URL_ENV];
  if (!url) throw new Error('La base de test n’est pas démarrée (globalSetup de jest.int.config.cjs).');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database with the migrations already applied (copied from the template), or `empty`
 * (never migrated: a first start).
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<{
  name: string;
  url: string;
  drop: () => Promise<void>;
}> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin((client) =>
    client.query(`CREATE DATABASE ${name} TEMPLATE ${options.empty ? 'template0' : TEMPLATE_DATABASE}`),
  );
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
