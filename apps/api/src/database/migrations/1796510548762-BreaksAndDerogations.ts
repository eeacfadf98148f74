import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shift types and shifts carry their break (décret 2000-815 art. 3 I: 20 minutes once the day's
 * work reaches 6 h); derogations (art. 3 II) become records. Existing types and shifts of 6 h or
 * more are given the statutory 20 minutes, shorter ones none: the roster a service ran before keeps
 * its breaks rather than turning every long shift into a violation.
 */
export class BreaksAndDerogations1796510548762 implements MigrationInterface {
  name = 'BreaksAndDerogations1796510548762';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "derogation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "rule" text NOT NULL, "limit_value" double precision NOT NULL, "title" text NOT NULL, "reason" text NOT NULL, "decided_by" text NOT NULL, "agent_ids" uuid array NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "created_by_id" uuid, "created_by_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, "revoked_by_name" text, "revoke_reason" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_derogation_limit" CHECK (limit_value >= 0 AND limit_value <= 168), CONSTRAINT "ck_derogation_rule" CHECK (rule IN ('DAILY_WORK', 'DAY_SPAN', 'DAILY_REST', 'BREAK', 'WEEKLY_HOURS', 'AVERAGE_WEEKLY_HOURS', 'WEEKLY_REST')), CONSTRAINT "ck_derogation_kind" CHECK (kind IN ('EXCEPTIONAL', 'PERMANENT')), CONSTRAINT "ck_derogation_agents" CHECK (cardinality(agent_ids) >= 1), CONSTRAINT "ck_derogation_order" CHECK (end_date >= start_date), CONSTRAINT "pk_derogation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_derogation_dates" ON "derogation"  ("start_date", "end_date") `,
    );
    await queryRunner.query(`ALTER TABLE "shift_type" ADD "break_minutes" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "shift" ADD "break_minutes" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `UPDATE "shift_type" SET "break_minutes" = 20 WHERE (CASE WHEN end_time::time > start_time::time THEN end_time::time - start_time::time ELSE end_time::time - start_time::time + interval '24 hours' END) >= interval '6 hours'`,
    );
    await queryRunner.query(
      `UPDATE "shift" SET "break_minutes" = 20 WHERE ends_at - starts_at >= interval '6 hours'`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift_type" ADD CONSTRAINT "ck_shift_type_break" CHECK (break_minutes BETWEEN 0 AND 180)`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift" ADD CONSTRAINT "ck_shift_break" CHECK (break_minutes BETWEEN 0 AND 180)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shift" DROP CONSTRAINT "ck_shift_break"`);
    await queryRunner.query(`ALTER TABLE "shift_type" DROP CONSTRAINT "ck_shift_type_break"`);
    await queryRunner.query(`ALTER TABLE "shift" DROP COLUMN "break_minutes"`);
    await queryRunner.query(`ALTER TABLE "shift_type" DROP COLUMN "break_minutes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_derogation_dates"`);
    await queryRunner.query(`DROP TABLE "derogation"`);
  }
}
