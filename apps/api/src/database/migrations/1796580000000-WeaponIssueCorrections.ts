import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections of the armoury's daily log (issue 23): a new row naming the line it corrects, with
 * who and why; append-only like the log (UPDATE, DELETE outside the retention purge, and TRUNCATE
 * refused).
 */
export class WeaponIssueCorrections1796580000000 implements MigrationInterface {
  name = 'WeaponIssueCorrections1796580000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "weapon_issue_correction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "issue_id" uuid NOT NULL, "ammunition" integer, "ammunition_returned" integer, "reason" text NOT NULL, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "corrected_by" text NOT NULL, CONSTRAINT "ck_weapon_issue_correction_reason" CHECK (char_length(reason) BETWEEN 5 AND 300), CONSTRAINT "ck_weapon_issue_correction_ammunition" CHECK (ammunition BETWEEN 0 AND 200 AND ammunition_returned BETWEEN 0 AND 200), CONSTRAINT "ck_weapon_issue_correction_some" CHECK (ammunition IS NOT NULL OR ammunition_returned IS NOT NULL), CONSTRAINT "pk_weapon_issue_correction" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_weapon_issue_correction_issue" ON "weapon_issue_correction" ("issue_id", "corrected_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "weapon_issue_correction" ADD CONSTRAINT "fk_weapon_issue_correction_issue" FOREIGN KEY ("issue_id") REFERENCES "weapon_issue"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_weapon_issue_correction_append_only BEFORE UPDATE OR DELETE ON "weapon_issue_correction" FOR EACH ROW EXECUTE FUNCTION vigie_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_weapon_issue_correction_no_truncate BEFORE TRUNCATE ON "weapon_issue_correction" FOR EACH STATEMENT EXECUTE FUNCTION vigie_refuse_truncate_armoury()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER trg_weapon_issue_correction_no_truncate ON "weapon_issue_correction"`,
    );
    await queryRunner.query(
      `DROP TRIGGER trg_weapon_issue_correction_append_only ON "weapon_issue_correction"`,
    );
    await queryRunner.query(`DROP TABLE "weapon_issue_correction"`);
  }
}
