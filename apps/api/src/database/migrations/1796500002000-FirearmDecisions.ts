import { MigrationInterface, QueryRunner } from 'typeorm';

/** The préfet's decisions on firearm permits (issue 23 point 5): a training lapse is only a flag. */
export class FirearmDecisions1796500002000 implements MigrationInterface {
  name = 'FirearmDecisions1796500002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "firearm_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agent_id" uuid NOT NULL, "date" date NOT NULL, "decision" text NOT NULL, "reference" text NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_firearm_decision_decision" CHECK (decision IN ('SUSPENDED', 'MAINTAINED')), CONSTRAINT "pk_firearm_decision" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_firearm_decision_agent" ON "firearm_decision" ("agent_id", "date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "firearm_decision" ADD CONSTRAINT "fk_firearm_decision_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "firearm_decision" DROP CONSTRAINT "fk_firearm_decision_agent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_firearm_decision_agent"`);
    await queryRunner.query(`DROP TABLE "firearm_decision"`);
  }
}
