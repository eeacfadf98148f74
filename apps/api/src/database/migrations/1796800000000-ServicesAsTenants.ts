import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 25: a service (a commune's police municipale, or a pooled one) owns its rows. Every
 * tenant table gains `service_id`, filled by default from the connection's service
 * (`vigie.service`, set by the API before each query: common/db/tenant.ts), and a row-level
 * security policy that shows and accepts only that service's rows. The app role is neither owner
 * nor BYPASSRLS (app-role.ts refuses both), so a query that forgets its filter still sees only its
 * service. The uniques that were global (a number, a code, a name) become per service, and the
 * main courante's chain and numbering run per service.
 *
 * The school holidays stay global: the national calendar by zone, which migrations fill.
 *
 * Sign-in credentials move to `account` (one per person, global): a person may be a user of
 * several services (`app_user` rows, each with its roles), under one login and one password.
 */
export const TENANT_TABLES = [
  'absence',
  'agent',
  'agent_qualification',
  'app_user',
  'assignment',
  'audit_event',
  'calendar_token',
  'camera',
  'camera_status_change',
  'continuing_training',
  'derogation',
  'firearm_decision',
  'footage_request',
  'footage_request_event',
  'incident',
  'incident_agent',
  'incident_amendment',
  'incident_chain_anchor',
  'incident_counter',
  'incident_link',
  'incident_photo',
  'incident_search',
  'incident_status_change',
  'photo_object',
  'recruitment',
  'recruitment_milestone',
  'roster_change',
  'roster_publication',
  'shift',
  'shift_type',
  'shooting_session',
  'staffing_target',
  'time_account_opening',
  'time_counting',
  'weapon',
  'weapon_issue',
  'weapon_issue_correction',
  'weapon_return',
  'work_cycle',
  'worked_time',
] as const;

/** Uniques that were global and are now per service: [name, table, columns]. */
const PER_SERVICE_UNIQUES: [string, string, string][] = [
  ['uq_app_user_login', 'app_user', 'login'],
  ['uq_agent_matricule', 'agent', 'matricule'],
  ['uq_staffing_target_date', 'staffing_target', 'effective_date'],
  ['uq_shift_type_code', 'shift_type', 'code'],
  ['uq_incident_year_sequence', 'incident', 'year, sequence'],
  ['uq_incident_number', 'incident', 'number'],
  ['uq_camera_code', 'camera', 'code'],
  ['uq_work_cycle_name', 'work_cycle', 'name'],
  ['uq_weapon_serial_number', 'weapon', 'serial_number'],
];

/** Primary keys that were global and are now per service: [table, constraint, columns]. */
const PER_SERVICE_KEYS: [string, string, string][] = [
  ['incident_counter', 'pk_incident_counter', 'year'],
  ['incident_link', 'pk_incident_link', 'seq'],
  ['incident_chain_anchor', 'pk_incident_chain_anchor', 'seq'],
  ['photo_object', 'pk_photo_object', 'sha256'],
];

/** The service Vigie served alone before this migration (its data is Lomme's). */
const FIRST_SERVICE = {
  id: '00000000-0000-4000-8000-000000059355',
  name: 'Police municipale de Lomme',
  inseeCode: '59355',
};

export class ServicesAsTenants1796800000000 implements MigrationInterface {
  name = 'ServicesAsTenants1796800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "service" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" text NOT NULL, "insee_codes" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_service_name" CHECK (char_length(name) BETWEEN 3 AND 120),
        CONSTRAINT "ck_service_kind" CHECK (kind IN ('COMMUNE', 'POOLED')),
        CONSTRAINT "ck_service_communes" CHECK (cardinality(insee_codes) BETWEEN 1 AND 30 AND (kind = 'POOLED' OR cardinality(insee_codes) = 1)),
        CONSTRAINT "pk_service" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_service_name" ON "service" ("name")`);
    // NULL when no service is set (sign-in, the platform, a job between services): no row matches.
    await q.query(
      `CREATE FUNCTION vigie_current_service() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('vigie.service', true), '')::uuid $$`,
    );

    const hasData = (
      (await q.query(`SELECT EXISTS (SELECT 1 FROM app_user) AS has`)) as { has: boolean }[]
    )[0].has;
    if (hasData) {
      await q.query(
        `INSERT INTO service (id, name, kind, insee_codes) VALUES ($1, $2, 'COMMUNE', ARRAY[$3])`,
        [FIRST_SERVICE.id, FIRST_SERVICE.name, FIRST_SERVICE.inseeCode],
      );
    }

    for (const table of TENANT_TABLES) {
      // Existing rows are the first service's (metadata-only default), new ones the connection's.
      await q.query(
        `ALTER TABLE "${table}" ADD COLUMN "service_id" uuid NOT NULL DEFAULT '${FIRST_SERVICE.id}'`,
      );
      await q.query(`ALTER TABLE "${table}" ALTER COLUMN "service_id" SET DEFAULT vigie_current_service()`);
      await q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "fk_${table}_service" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT`,
      );
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      // `(SELECT …)`: evaluated once per statement, so an index on service_id serves the filter.
      await q.query(
        `CREATE POLICY "p_${table}_service" ON "${table}" USING (service_id = (SELECT vigie_current_service())) WITH CHECK (service_id = (SELECT vigie_current_service()))`,
      );
    }
    for (const [name, table, columns] of PER_SERVICE_UNIQUES) {
      await q.query(`DROP INDEX "${name}"`);
      await q.query(`CREATE UNIQUE INDEX "${name}" ON "${table}" ("service_id", ${columns})`);
    }
    for (const [table, constraint, columns] of PER_SERVICE_KEYS) {
      await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${constraint}"`);
      await q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" PRIMARY KEY ("service_id", ${columns})`,
      );
    }
    // One login and one password per person; `app_user` rows are his memberships.
    await q.query(
      `CREATE TABLE "account" ("login" text NOT NULL, "password_hash" text NOT NULL, "platform" boolean NOT NULL DEFAULT false, "last_service_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_account_login_lower" CHECK (login = lower(login)),
        CONSTRAINT "fk_account_last_service" FOREIGN KEY ("last_service_id") REFERENCES "service"("id") ON DELETE SET NULL,
        CONSTRAINT "pk_account" PRIMARY KEY ("login"))`,
    );
    await q.query(`INSERT INTO account (login, password_hash) SELECT login, password_hash FROM app_user`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "password_hash"`);
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_account" FOREIGN KEY ("login") REFERENCES "account"("login") ON DELETE RESTRICT`,
    );
    // A session is an account's, in one service (none for the platform's).
    await q.query(`ALTER TABLE "auth_session" ADD COLUMN "login" text`);
    await q.query(`ALTER TABLE "auth_session" ADD COLUMN "service_id" uuid`);
    await q.query(
      `UPDATE auth_session s SET login = u.login, service_id = u.service_id FROM app_user u WHERE u.id = s.user_id`,
    );
    await q.query(`ALTER TABLE "auth_session" ALTER COLUMN "login" SET NOT NULL`);
    await q.query(`ALTER TABLE "auth_session" ALTER COLUMN "user_id" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "auth_session" ADD CONSTRAINT "fk_auth_session_account" FOREIGN KEY ("login") REFERENCES "account"("login") ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE "auth_session" ADD CONSTRAINT "fk_auth_session_service" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE "auth_session" ADD CONSTRAINT "ck_auth_session_member" CHECK ((user_id IS NULL) = (service_id IS NULL))`,
    );
    // Signing in must find a login's memberships before any service is chosen: this function,
    // the owner's, answers them for one login and nothing else.
    await q.query(
      `CREATE FUNCTION vigie_memberships(p_login text) RETURNS TABLE (user_id uuid, service_id uuid, disabled boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
        AS $$ SELECT id, service_id, disabled FROM app_user WHERE login = p_login $$`,
    );
    await q.query(`REVOKE ALL ON FUNCTION vigie_memberships(text) FROM PUBLIC`);
    // A calendar feed is fetched without sign-in: its token says which service it is of.
    await q.query(
      `CREATE FUNCTION vigie_calendar_token_service(p_token_hash text) RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
        AS $$ SELECT service_id FROM calendar_token WHERE token_hash = p_token_hash $$`,
    );
    await q.query(`REVOKE ALL ON FUNCTION vigie_calendar_token_service(text) FROM PUBLIC`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION vigie_calendar_token_service(text)`);
    await q.query(`DROP FUNCTION vigie_memberships(text)`);
    await q.query(`ALTER TABLE "auth_session" DROP CONSTRAINT "ck_auth_session_member"`);
    await q.query(`ALTER TABLE "auth_session" DROP CONSTRAINT "fk_auth_session_service"`);
    await q.query(`ALTER TABLE "auth_session" DROP CONSTRAINT "fk_auth_session_account"`);
    await q.query(`DELETE FROM auth_session WHERE user_id IS NULL`);
    await q.query(`ALTER TABLE "auth_session" ALTER COLUMN "user_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "auth_session" DROP COLUMN "service_id"`);
    await q.query(`ALTER TABLE "auth_session" DROP COLUMN "login"`);
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_account"`);
    await q.query(`ALTER TABLE "app_user" ADD COLUMN "password_hash" text`);
    await q.query(
      `UPDATE app_user u SET password_hash = a.password_hash FROM account a WHERE a.login = u.login`,
    );
    await q.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" SET NOT NULL`);
    await q.query(`DROP TABLE "account"`);
    for (const [table, constraint, columns] of PER_SERVICE_KEYS) {
      await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${constraint}"`);
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" PRIMARY KEY (${columns})`);
    }
    for (const [name, table, columns] of PER_SERVICE_UNIQUES) {
      await q.query(`DROP INDEX "${name}"`);
      await q.query(`CREATE UNIQUE INDEX "${name}" ON "${table}" (${columns})`);
    }
    for (const table of TENANT_TABLES) {
      await q.query(`DROP POLICY "p_${table}_service" ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "service_id"`);
    }
    await q.query(`DROP FUNCTION vigie_current_service()`);
    await q.query(`DROP TABLE "service"`);
  }
}
