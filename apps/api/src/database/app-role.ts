import { createHmac } from 'node:crypto';

import { Client, DatabaseError } from 'pg';
import { DataSource } from 'typeorm';

import { ConfigError } from '../config/app-config';
import { dataSourceOptions } from './data-source';

/**
 * Least privilege: the migrations run as the tables' owner (DATABASE_URL), the application serves
 * through a login role that reads and writes rows only. Not owning the tables, it cannot TRUNCATE,
 * ALTER or disable their triggers (the append-only guards of the main courante); not superuser, it
 * cannot set `session_replication_role` either.
 */
export interface PreparedDatabase {
  /** The URL of the application's pool: the app role's. */
  appUrl: string;
  appRole: string;
}

const ROW_PRIVILEGES = 'SELECT, INSERT, UPDATE, DELETE';
const SEQUENCE_PRIVILEGES = 'USAGE, SELECT';
/** The migrations' own bookkeeping: the application never reads nor rewrites it. */
const MIGRATIONS_TABLE = 'migration';
/** Views of the current service's rows (migration 1797300000000): read, never written through. */
const READ_ONLY_VIEWS = ['incident_search_own'];
/** Held (session lock of the owner's connection) while one process migrates and grants. */
const PREPARE_LOCK = 'vigie:prepare-database';

/**
 * Runs the pending migrations as the owner, then makes sure the app role exists and holds exactly
 * the row privileges on every table (re-applied at each start, so tables of later migrations are
 * covered even before the default privileges existed). `appUrl` is DATABASE_APP_URL when given;
 * otherwise Vigie manages the role `<owner>_app`, its password derived from the owner's.
 */
export async function prepareDatabase(ownerUrl: string, appUrl: string | null): Promise<PreparedDatabase> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    // Replicas start together: one migrates and grants, the others wait for it, then find nothing to do.
    await owner.query('SELECT pg_advisory_lock(hashtext($1))', [PREPARE_LOCK]);
    const migrations = new DataSource(dataSourceOptions(ownerUrl));
    await migrations.initialize();
    try {
      await migrations.runMigrations({ transaction: 'each' });
    } finally {
      await migrations.destroy();
    }
    const [{ current_user: ownerRole }] = (await owner.query<{ current_user: string }>('SELECT current_user'))
      .rows;
    const managed = appUrl === null;
    const url = appUrl ?? managedAppUrl(ownerUrl, ownerRole);
    const appRole = decodeURIComponent(new URL(url).username);
    if (managed) await ensureManagedRole(owner, appRole, new URL(url).password);
    await refuseMightyRole(owner, appRole, ownerRole);
    await grantRowPrivileges(owner, appRole, ownerRole);
    if (managed) await ensureLogin(owner, url, appRole);
    return { appUrl: url, appRole };
  } finally {
    await owner.end();
  }
}

/** `<owner>_app`, with a password only the owner's password yields (stable across restarts and replicas). */
export function managedAppUrl(ownerUrl: string, ownerRole: string): string {
  const url = new URL(ownerUrl);
  const role = `${ownerRole.slice(0, 59)}_app`;
  url.username = encodeURIComponent(role);
  const ownerPassword = decodeURIComponent(url.password);
  // No owner password (trust authentication): the app role has none either.
  url.password = ownerPassword
    ? createHmac('sha256', ownerPassword).update(`vigie-app-role:${role}`).digest('hex')
    : '';
  return url.toString();
}

async function ensureManagedRole(owner: Client, role: string, password: string): Promise<void> {
  const exists = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  if (exists.rowCount) return;
  const withPassword = password ? ` PASSWORD ${owner.escapeLiteral(password)}` : '';
  try {
    await owner.query(
      `CREATE ROLE ${owner.escapeIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${withPassword}`,
    );
  } catch (error) {
    // Roles are cluster-wide: another Vigie (a test database, a replica) created it meanwhile.
    if (error instanceof DatabaseError && (error.code === '42710' || error.code === '23505')) return;
    if (error instanceof DatabaseError && error.code === '42501') {
      throw new ConfigError(
        `DATABASE_URL : le rôle ${role} n’existe pas et le propriétaire ne peut pas le créer (droit CREATEROLE) : ` +
          'accordez-lui CREATEROLE, ou créez un rôle sans privilège et donnez-le avec DATABASE_APP_URL.',
      );
    }
    throw error;
  }
}

/** The app role must not be able to do what it is kept from: superuser, owner, or one of its members. */
async function refuseMightyRole(owner: Client, role: string, ownerRole: string): Promise<void> {
  const { rows } = await owner.query<{ super: boolean; bypass: boolean; member: boolean }>(
    `SELECT rolsuper AS super, rolbypassrls AS bypass, pg_has_role($1, $2, 'MEMBER') AS member
       FROM pg_roles WHERE rolname = $1`,
    [role, ownerRole],
  );
  if (rows.length === 0) {
    throw new ConfigError(`DATABASE_APP_URL : le rôle ${role} n’existe pas sur le serveur PostgreSQL.`);
  }
  const [{ super: isSuper, bypass, member }] = rows;
  if (isSuper || bypass || member) {
    throw new ConfigError(
      `DATABASE_APP_URL : le rôle ${role} est ${isSuper || bypass ? 'superutilisateur' : `le propriétaire des tables (${ownerRole}) ou l’un de ses membres`} ; ` +
        'Vigie doit servir par un rôle qui lit et écrit les lignes sans pouvoir vider ni modifier les tables.',
    );
  }
}

async function grantRowPrivileges(owner: Client, role: string, ownerRole: string): Promise<void> {
  const to = owner.escapeIdentifier(role);
  const forOwner = owner.escapeIdentifier(ownerRole);
  const { rows } = await owner.query<{ db: string }>('SELECT current_database() AS db');
  await owner.query(`GRANT CONNECT ON DATABASE ${owner.escapeIdentifier(rows[0].db)} TO ${to}`);
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${to}`);
  await owner.query(`GRANT ${ROW_PRIVILEGES} ON ALL TABLES IN SCHEMA public TO ${to}`);
  await owner.query(`GRANT ${SEQUENCE_PRIVILEGES} ON ALL SEQUENCES IN SCHEMA public TO ${to}`);
  await owner.query(`REVOKE ALL ON TABLE ${owner.escapeIdentifier(MIGRATIONS_TABLE)} FROM ${to}`);
  // A view reads its tables with the owner's rights: the app role reads the ones that filter by
  // service, and writes through none.
  for (const view of READ_ONLY_VIEWS) {
    await owner.query(`REVOKE INSERT, UPDATE, DELETE ON TABLE ${owner.escapeIdentifier(view)} FROM ${to}`);
  }
  // Signing in (a login's memberships), a signed-in request's check (its session and user) and a
  // calendar feed (its token's service) look across services before one is chosen, and a seconded
  // agent's duty in his other services counts in his rules: through the owner's functions only,
  // which answer that alone.
  for (const fn of [
    'vigie_memberships(text)',
    'vigie_signed_in(uuid)',
    'vigie_calendar_token_service(text)',
    'vigie_duty_elsewhere(uuid[], timestamptz, timestamptz, text)',
  ]) {
    await owner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${to}`);
  }
  // Tables and sequences a later migration creates are the app role's to use from the start.
  await owner.query(
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${forOwner} IN SCHEMA public GRANT ${ROW_PRIVILEGES} ON TABLES TO ${to}`,
  );
  await owner.query(
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${forOwner} IN SCHEMA public GRANT ${SEQUENCE_PRIVILEGES} ON SEQUENCES TO ${to}`,
  );
}

/** A role created earlier with another password (the owner's changed since): given the derived one again. */
async function ensureLogin(owner: Client, url: string, role: string): Promise<void> {
  const probe = new Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if (!(error instanceof DatabaseError && error.code === '28P01')) throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const password = decodeURIComponent(new URL(url).password);
  await owner.query(`ALTER ROLE ${owner.escapeIdentifier(role)} PASSWORD ${owner.escapeLiteral(password)}`);
}
