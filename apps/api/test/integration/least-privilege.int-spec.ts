import { ConfigError } from '../../src/config/app-config';
import { prepareDatabase } from '../../src/database/app-role';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

const MAIN_COURANTE = [
  'incident',
  'incident_agent',
  'incident_amendment',
  'incident_status_change',
  'incident_link',
  'incident_chain_anchor',
];

/**
 * The app serves through a login role that reads and writes rows, nothing more: whatever runs
 * through its pool (an injection, a bug) cannot empty, alter or unguard a table. Every other
 * integration spec serves through that same role, so they prove the grants are enough.
 */
describe('least privilege in the database', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ today: '2026-06-15' });
  });
  afterAll(() => t.close());

  const asApp = (sql: string) => t.dataSource.query(sql);

  it('logs the pool in as a role that is neither superuser nor the tables’ owner', async () => {
    const [me] = await t.dataSource.query(
      `SELECT current_user AS role, r.rolsuper AS super,
              (SELECT tableowner FROM pg_tables WHERE tablename = 'incident') AS owner
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(me.super).toBe(false);
    expect(me.role).not.toBe(me.owner);
    const [owner] = await t.owner.query(`SELECT current_user AS role`);
    expect(me.owner).toBe(owner.role);
  });

  it('cannot TRUNCATE, ALTER, disable a trigger or set session_replication_role through the app’s connection', async () => {
    await expect(asApp('TRUNCATE incident CASCADE')).rejects.toThrow(/permission denied/);
    await expect(asApp('TRUNCATE audit_event')).rejects.toThrow(/permission denied/);
    await expect(asApp('ALTER TABLE incident ADD COLUMN forged text')).rejects.toThrow(/must be owner/);
    await expect(asApp('ALTER TABLE incident DISABLE TRIGGER trg_incident_guard')).rejects.toThrow(
      /must be owner/,
    );
    await expect(asApp('ALTER TABLE incident_link DISABLE TRIGGER USER')).rejects.toThrow(/must be owner/);
    await expect(asApp('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(asApp('DROP TABLE audit_event')).rejects.toThrow(/must be owner/);
    await expect(asApp('CREATE TABLE smuggled (id int)')).rejects.toThrow(/permission denied/);
    await expect(asApp('SELECT * FROM migration')).rejects.toThrow(/permission denied/);
    // The rows are all still there.
    const [{ count }] = await t.owner.query(`SELECT count(*)::int AS count FROM incident`);
    expect(count).toBeGreaterThan(0);
  });

  it('refuses the owner’s TRUNCATE of every table of the main courante', async () => {
    for (const table of MAIN_COURANTE) {
      await expect(t.owner.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(
        new RegExp(`la table ${table} de la main courante ne se vide jamais`),
      );
    }
    const [{ count }] = await t.owner.query(`SELECT count(*)::int AS count FROM incident_link`);
    expect(count).toBeGreaterThan(0);
  });

  it('runs every function with its owner’s rights on a search path that ends with pg_temp', async () => {
    const definers = await t.owner.query<{ name: string; config: string[] | null }[]>(
      `SELECT p.proname AS name, p.proconfig AS config FROM pg_proc p
         JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.prosecdef ORDER BY p.proname`,
    );
    expect(definers.map((definer) => definer.name)).toEqual(
      expect.arrayContaining(['vigie_memberships', 'vigie_signed_in', 'vigie_duty_elsewhere']),
    );
    for (const definer of definers) {
      expect({ [definer.name]: definer.config }).toEqual({ [definer.name]: ['search_path=public, pg_temp'] });
    }
  });

  it('lets the app use a table a later migration creates (default privileges)', async () => {
    await t.owner.query(
      `CREATE TABLE later_feature (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text)`,
    );
    await asApp(`INSERT INTO later_feature (note) VALUES ('écrit par l’application')`);
    await asApp(`UPDATE later_feature SET note = 'relu'`);
    expect(await asApp(`SELECT note FROM later_feature`)).toEqual([{ note: 'relu' }]);
    await asApp(`DELETE FROM later_feature`);
    await expect(asApp('TRUNCATE later_feature')).rejects.toThrow(/permission denied/);
  });

  it('still serves the API through that role (list, integrity check)', async () => {
    const chief = await t.tokenOf('chef');
    await t.http
      .get('/api/incidents?limit=5')
      .set(...bearer(chief))
      .expect(200);
    expect(
      (
        await t.http
          .get('/api/incidents/integrity')
          .set(...bearer(chief))
          .expect(200)
      ).body.ok,
    ).toBe(true);
  });

  it('refuses to serve through a superuser given as DATABASE_APP_URL, in French', async () => {
    const database = await createTestDatabase();
    try {
      await expect(prepareDatabase(database.url, database.url)).rejects.toThrow(ConfigError);
      await expect(prepareDatabase(database.url, database.url)).rejects.toThrow(/superutilisateur/);
    } finally {
      await database.drop();
    }
  });
});
