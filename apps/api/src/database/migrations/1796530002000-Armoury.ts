import { MigrationInterface, QueryRunner } from 'typeorm';

const LOG = ['weapon_issue', 'weapon_return'];

/**
 * The armoury register and its daily log (issue 23 point 7). The log is append-only, as the main
 * courante: a row is never updated nor deleted, whatever statement runs (a correction is a new
 * row), and its tables refuse TRUNCATE even from their owner.
 */
export class Armoury1796530002000 implements MigrationInterface {
  name = 'Armoury1796530002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "weapon" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "model" text NOT NULL, "serial_number" text NOT NULL, "status" text NOT NULL DEFAULT 'IN_SERVICE', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_weapon_status" CHECK (status IN ('IN_SERVICE', 'UNDER_REPAIR', 'RETIRED')), CONSTRAINT "ck_weapon_kind" CHECK (kind IN ('HANDGUN', 'TASER', 'LBD', 'BATON', 'TEAR_GAS')), CONSTRAINT "pk_weapon" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_weapon_serial_number" ON "weapon" ("serial_number") `);
    await queryRunner.query(
      `CREATE TABLE "weapon_issue" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "weapon_id" uuid NOT NULL, "sequence" integer NOT NULL, "agent_id" uuid NOT NULL, "shift_id" uuid NOT NULL, "due_by" TIMESTAMP WITH TIME ZONE NOT NULL, "ammunition" integer NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "issued_by" text NOT NULL, CONSTRAINT "ck_weapon_issue_ammunition" CHECK (ammunition BETWEEN 0 AND 200), CONSTRAINT "pk_weapon_issue" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_weapon_issue_sequence" ON "weapon_issue" ("weapon_id", "sequence") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_weapon_issue_issued_at" ON "weapon_issue" ("issued_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_weapon_issue_agent" ON "weapon_issue" ("agent_id", "issued_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "weapon_return" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "issue_id" uuid NOT NULL, "ammunition_returned" integer NOT NULL, "returned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "returned_by" text NOT NULL, CONSTRAINT "ck_weapon_return_ammunition" CHECK (ammunition_returned BETWEEN 0 AND 200), CONSTRAINT "pk_weapon_return" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_weapon_return_issue" ON "weapon_return" ("issue_id") `);
    await queryRunner.query(
      `ALTER TABLE "weapon_issue" ADD CONSTRAINT "fk_weapon_issue_weapon" FOREIGN KEY ("weapon_id") REFERENCES "weapon"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "weapon_issue" ADD CONSTRAINT "fk_weapon_issue_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "weapon_return" ADD CONSTRAINT "fk_weapon_return_issue" FOREIGN KEY ("issue_id") REFERENCES "weapon_issue"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION vigie_refuse_truncate_armoury() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'vigie : la table % du registre des armes ne se vide jamais (TRUNCATE refusé)', TG_TABLE_NAME
          USING ERRCODE = 'check_violation';
      END $$`);
    for (const table of LOG) {
      await queryRunner.query(
        `CREATE TRIGGER trg_${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION vigie_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER trg_${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION vigie_refuse_truncate_armoury()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of LOG) {
      await queryRunner.query(`DROP TRIGGER trg_${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER trg_${table}_append_only ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION vigie_refuse_truncate_armoury()`);
    await queryRunner.query(`ALTER TABLE "weapon_return" DROP CONSTRAINT "fk_weapon_return_issue"`);
    await queryRunner.query(`ALTER TABLE "weapon_issue" DROP CONSTRAINT "fk_weapon_issue_agent"`);
    await queryRunner.query(`ALTER TABLE "weapon_issue" DROP CONSTRAINT "fk_weapon_issue_weapon"`);
    await queryRunner.query(`DROP INDEX "public"."uq_weapon_return_issue"`);
    await queryRunner.query(`DROP TABLE "weapon_return"`);
    await queryRunner.query(`DROP INDEX "public"."ix_weapon_issue_agent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_weapon_issue_issued_at"`);
    await queryRunner.query(`DROP INDEX "public"."uq_weapon_issue_sequence"`);
    await queryRunner.query(`DROP TABLE "weapon_issue"`);
    await queryRunner.query(`DROP INDEX "public"."uq_weapon_serial_number"`);
    await queryRunner.query(`DROP TABLE "weapon"`);
  }
}
