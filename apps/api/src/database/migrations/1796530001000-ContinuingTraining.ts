import { MigrationInterface, QueryRunner } from 'typeorm';

/** Completed continuing-training courses (issue 23 point 6): 10 days per 5 years, per 3 for chefs de service. */
export class ContinuingTraining1796530001000 implements MigrationInterface {
  name = 'ContinuingTraining1796530001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "continuing_training" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agent_id" uuid NOT NULL, "date" date NOT NULL, "days" integer NOT NULL, "title" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_continuing_training_days" CHECK (days BETWEEN 1 AND 60), CONSTRAINT "pk_continuing_training" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_continuing_training_agent" ON "continuing_training" ("agent_id", "date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "continuing_training" ADD CONSTRAINT "fk_continuing_training_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "continuing_training" DROP CONSTRAINT "fk_continuing_training_agent"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_continuing_training_agent"`);
    await queryRunner.query(`DROP TABLE "continuing_training"`);
  }
}
