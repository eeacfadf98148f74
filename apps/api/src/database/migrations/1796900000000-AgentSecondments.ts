import { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT = '(SELECT vigie_current_service())';
/** The row's agent is at the current service's disposal (a secondment to it, past or to come). */
const SECONDED_HERE = (agentColumn: string): string =>
  `EXISTS (SELECT 1 FROM agent_secondment s WHERE s.agent_id = ${agentColumn} AND s.host_service_id = ${CURRENT})`;
/** What a host reads of an agent put at its disposal: his record, and what qualifies him for a shift. */
const HOST_READS = [
  ['agent', 'agent.id'],
  ['agent_qualification', 'agent_qualification.agent_id'],
  ['firearm_decision', 'firearm_decision.agent_id'],
] as const;

/**
 * Issue 25, point 3: an agent of one service at the disposal of another for a period (CSI L512-1,
 * the communes' convention). The home service owns the secondment; the host reads it, and the
 * agent's record, qualifications and permit decisions, and may lock his row (to serialize his
 * assignments) but never change it. His duty and absences in the other service are read through
 * one owner function, as times and a service name only (not what the shift or absence was).
 */
export class AgentSecondments1796900000000 implements MigrationInterface {
  name = 'AgentSecondments1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agent_secondment" ("service_id" uuid NOT NULL DEFAULT vigie_current_service(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "agent_id" uuid NOT NULL, "host_service_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "share_percent" integer NOT NULL, "convention" text NOT NULL, "created_by_id" uuid, "created_by_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_agent_secondment_convention" CHECK (char_length(convention) BETWEEN 3 AND 200), CONSTRAINT "ck_agent_secondment_host" CHECK (host_service_id <> service_id), CONSTRAINT "ck_agent_secondment_share" CHECK (share_percent BETWEEN 1 AND 100), CONSTRAINT "ck_agent_secondment_order" CHECK (end_date >= start_date), CONSTRAINT "ex_agent_secondment_overlap" EXCLUDE USING gist ("agent_id" WITH =, "host_service_id" WITH =, daterange("start_date", "end_date", '[]') WITH &&), CONSTRAINT "pk_agent_secondment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agent_secondment_host" ON "agent_secondment"  ("host_service_id", "agent_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "agent_secondment" ADD CONSTRAINT "fk_agent_secondment_service" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agent_secondment" ADD CONSTRAINT "fk_agent_secondment_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agent_secondment" ADD CONSTRAINT "fk_agent_secondment_host" FOREIGN KEY ("host_service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "agent_secondment" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "p_agent_secondment_service" ON "agent_secondment" USING (service_id = ${CURRENT}) WITH CHECK (service_id = ${CURRENT})`,
    );
    await queryRunner.query(
      `CREATE POLICY "p_agent_secondment_host" ON "agent_secondment" FOR SELECT USING (host_service_id = ${CURRENT})`,
    );
    for (const [table, agentColumn] of HOST_READS) {
      await queryRunner.query(
        `CREATE POLICY "p_${table}_host" ON "${table}" FOR SELECT USING (${SECONDED_HERE(agentColumn)})`,
      );
    }
    // SELECT … FOR UPDATE checks the UPDATE policies' USING: the host locks his row, and any
    // change it would make fails the WITH CHECK (false) as well as the service's own.
    await queryRunner.query(
      `CREATE POLICY "p_agent_host_lock" ON "agent" FOR UPDATE USING (${SECONDED_HERE('agent.id')}) WITH CHECK (false)`,
    );
    // The agent's shifts and approved absences in the other services linked to this one by a
    // secondment of his (either way): times and the service's name, for the working-time rules
    // and the time account, which count all his hours. Each under an id of its own for the
    // reader (not the other service's row id).
    await queryRunner.query(
      `CREATE FUNCTION vigie_duty_elsewhere(p_agents uuid[], p_from timestamptz, p_to timestamptz, p_zone text)
        RETURNS TABLE (agent_id uuid, kind text, item_id uuid, starts_at timestamptz, ends_at timestamptz, service_id uuid,
                       break_minutes integer, service_name text, published boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
        AS $$
          WITH linked AS (
            SELECT DISTINCT s.agent_id FROM agent_secondment s
             WHERE s.agent_id = ANY(p_agents)
               AND vigie_current_service() IN (s.service_id, s.host_service_id)
          )
          SELECT a.agent_id, 'SHIFT', md5(a.shift_id::text || vigie_current_service()::text)::uuid, a.starts_at, a.ends_at, a.service_id, sh.break_minutes, v.name,
                 EXISTS (SELECT 1 FROM roster_publication p
                          WHERE p.service_id = a.service_id
                            AND (a.starts_at AT TIME ZONE p_zone)::date BETWEEN p.from_date AND p.to_date)
            FROM assignment a
            JOIN linked l ON l.agent_id = a.agent_id
            JOIN shift sh ON sh.id = a.shift_id
            JOIN service v ON v.id = a.service_id
           WHERE a.service_id <> vigie_current_service() AND a.starts_at < p_to AND a.ends_at > p_from
          UNION ALL
          SELECT ab.agent_id, 'ABSENCE', md5(ab.id::text || vigie_current_service()::text)::uuid, ab.starts_at, ab.ends_at, ab.service_id, 0, v.name, true
            FROM absence ab
            JOIN linked l ON l.agent_id = ab.agent_id
            JOIN service v ON v.id = ab.service_id
           WHERE ab.service_id <> vigie_current_service() AND ab.status = 'APPROVED'
             AND ab.starts_at < p_to AND ab.ends_at > p_from
        $$`,
    );
    await queryRunner.query(
      `REVOKE ALL ON FUNCTION vigie_duty_elsewhere(uuid[], timestamptz, timestamptz, text) FROM PUBLIC`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION vigie_duty_elsewhere(uuid[], timestamptz, timestamptz, text)`);
    await queryRunner.query(`DROP POLICY "p_agent_host_lock" ON "agent"`);
    for (const [table] of HOST_READS) await queryRunner.query(`DROP POLICY "p_${table}_host" ON "${table}"`);
    await queryRunner.query(`ALTER TABLE "agent_secondment" DROP CONSTRAINT "fk_agent_secondment_host"`);
    await queryRunner.query(`ALTER TABLE "agent_secondment" DROP CONSTRAINT "fk_agent_secondment_agent"`);
    await queryRunner.query(`ALTER TABLE "agent_secondment" DROP CONSTRAINT "fk_agent_secondment_service"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agent_secondment_host"`);
    await queryRunner.query(`DROP TABLE "agent_secondment"`);
  }
}
