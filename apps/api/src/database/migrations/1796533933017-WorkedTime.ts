import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22's time accounts: what each agent actually worked on a shift (an overrun, a shift cut
 * short, a recall), one record per shift and agent, never two overlapping for one agent; and the
 * chief's reason when an absence takes a leave balance below zero.
 */
export class WorkedTime1796533933017 implements MigrationInterface {
  name = 'WorkedTime1796533933017';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "worked_time" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shift_id" uuid NOT NULL, "agent_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text NOT NULL, "compensation" text NOT NULL DEFAULT 'PAYMENT', "recorded_by_id" uuid, "recorded_by_name" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_worked_time_compensation" CHECK (compensation IN ('PAYMENT', 'REST')), CONSTRAINT "ck_worked_time_reason" CHECK (char_length(reason) BETWEEN 3 AND 500), CONSTRAINT "ck_worked_time_length" CHECK (ends_at - starts_at <= interval '24 hours'), CONSTRAINT "ck_worked_time_order" CHECK (ends_at > starts_at), CONSTRAINT "ex_worked_time_agent_overlap" EXCLUDE USING gist ("agent_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&), CONSTRAINT "pk_worked_time" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_worked_time_agent_time" ON "worked_time"  ("agent_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_worked_time_shift_agent" ON "worked_time"  ("shift_id", "agent_id") `,
    );
    await queryRunner.query(`ALTER TABLE "absence" ADD "balance_override" text`);
    await queryRunner.query(
      `ALTER TABLE "worked_time" ADD CONSTRAINT "fk_worked_time_shift" FOREIGN KEY ("shift_id") REFERENCES "shift"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "worked_time" ADD CONSTRAINT "fk_worked_time_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "worked_time" DROP CONSTRAINT "fk_worked_time_agent"`);
    await queryRunner.query(`ALTER TABLE "worked_time" DROP CONSTRAINT "fk_worked_time_shift"`);
    await queryRunner.query(`ALTER TABLE "absence" DROP COLUMN "balance_override"`);
    await queryRunner.query(`DROP INDEX "public"."uq_worked_time_shift_agent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_worked_time_agent_time"`);
    await queryRunner.query(`DROP TABLE "worked_time"`);
  }
}
