import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A signed-in request is checked in one statement: its session, the session's account and, for a
 * service's session, its user in that service, not disabled. Read by the owner's function because
 * the request has no service yet: the guard read the session, set the connection's service, then
 * read the user — three round trips, and each request switched the connection to no service and
 * back. The function answers for the one session it is given and nothing else.
 */
export class SignedInCheck1797200000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE FUNCTION vigie_signed_in(p_session uuid)
         RETURNS TABLE (login text, user_id uuid, service_id uuid, platform boolean,
                        display_name text, roles text[], agent_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$
          SELECT s.login, s.user_id, s.service_id, a.platform, u.display_name, u.roles, u.agent_id
            FROM auth_session s
            JOIN account a ON a.login = s.login
            LEFT JOIN app_user u ON u.id = s.user_id AND u.service_id = s.service_id AND NOT u.disabled
           WHERE s.id = p_session AND s.revoked_at IS NULL
        $$`,
    );
    await q.query(`REVOKE ALL ON FUNCTION vigie_signed_in(uuid) FROM PUBLIC`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION vigie_signed_in(uuid)`);
  }
}
