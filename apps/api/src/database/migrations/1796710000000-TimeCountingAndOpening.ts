import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22's leftovers: how an agent's hours are counted (the roster, or a fixed week for staff
 * Vigie does not roster) and the balance carried into an account at its opening.
 */
export class TimeCountingAndOpening1796710000000 implements MigrationInterface {
  name = 'TimeCountingAndOpening1796710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "time_account_opening" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agent_id" uuid NOT NULL, "year" integer NOT NULL, "hours" numeric(7,2) NOT NULL, "annual_leave_taken" numeric(3,1) NOT NULL, "rtt_taken" numeric(3,1) NOT NULL, "reason" text NOT NULL, "recorded_by_id" uuid, "recorded_by_name" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_time_account_opening_reason" CHECK (char_length(reason) BETWEEN 3 AND 500), CONSTRAINT "ck_time_account_opening_rtt" CHECK (rtt_taken BETWEEN 0 AND 23 AND rtt_taken * 2 = trunc(rtt_taken * 2)), CONSTRAINT "ck_time_account_opening_annual_leave" CHECK (annual_leave_taken BETWEEN 0 AND 27 AND annual_leave_taken * 2 = trunc(annual_leave_taken * 2)), CONSTRAINT "ck_time_account_opening_hours" CHECK (hours BETWEEN -1607 AND 1607), CONSTRAINT "ck_time_account_opening_year" CHECK (year BETWEEN 2000 AND 2100), CONSTRAINT "pk_time_account_opening" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_time_account_opening_agent_year" ON "time_account_opening"  ("agent_id", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "time_counting" ("agent_id" uuid NOT NULL, "basis" text, "weekdays" smallint array, "daily_hours" numeric(4,2), "reason" text NOT NULL, "recorded_by_id" uuid, "recorded_by_name" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_time_counting_reason" CHECK (char_length(reason) BETWEEN 3 AND 500), CONSTRAINT "ck_time_counting_weekly_hours" CHECK (weekdays IS NULL OR daily_hours IS NULL OR cardinality(weekdays) * daily_hours <= 48), CONSTRAINT "ck_time_counting_daily_hours" CHECK (daily_hours IS NULL OR (daily_hours >= 0.5 AND daily_hours <= 10)), CONSTRAINT "ck_time_counting_weekdays" CHECK (weekdays IS NULL OR (cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[])), CONSTRAINT "ck_time_counting_basis" CHECK (basis IS NULL OR basis IN ('ROSTER', 'SCHEDULE')), CONSTRAINT "pk_time_counting" PRIMARY KEY ("agent_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_account_opening" ADD CONSTRAINT "fk_time_account_opening_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_counting" ADD CONSTRAINT "fk_time_counting_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "time_counting" DROP CONSTRAINT "fk_time_counting_agent"`);
    await queryRunner.query(
      `ALTER TABLE "time_account_opening" DROP CONSTRAINT "fk_time_account_opening_agent"`,
    );
    await queryRunner.query(`DROP TABLE "time_counting"`);
    await queryRunner.query(`DROP INDEX "public"."uq_time_account_opening_agent_year"`);
    await queryRunner.query(`DROP TABLE "time_account_opening"`);
  }
}
