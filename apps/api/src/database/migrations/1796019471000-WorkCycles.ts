import { MigrationInterface, QueryRunner } from 'typeorm';

/** Work cycles (issue 21, point 4): patterns of days rolled out into the draft roster. */
export class WorkCycles1796019471000 implements MigrationInterface {
  name = 'WorkCycles1796019471000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "work_cycle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "start_date" date NOT NULL, "days" uuid array NOT NULL, "brigade" text, "agent_ids" uuid array NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_work_cycle_assignee" CHECK ((brigade IS NULL) <> (cardinality(agent_ids) = 0)), CONSTRAINT "ck_work_cycle_length" CHECK (cardinality(days) BETWEEN 1 AND 56), CONSTRAINT "pk_work_cycle" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_work_cycle_name" ON "work_cycle" ("name") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_work_cycle_name"`);
    await queryRunner.query(`DROP TABLE "work_cycle"`);
  }
}
