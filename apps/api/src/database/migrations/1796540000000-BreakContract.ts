import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A break is 0 to 120 minutes, as API.md says; the checks first allowed 180. A longer break
 * already stored is brought down to 120 (still shorter than its shift, so still valid) rather
 * than failing the migration of a service's database.
 */
export class BreakContract1796540000000 implements MigrationInterface {
  name = 'BreakContract1796540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "shift_type" SET "break_minutes" = 120 WHERE "break_minutes" > 120`);
    await queryRunner.query(`UPDATE "shift" SET "break_minutes" = 120 WHERE "break_minutes" > 120`);
    await queryRunner.query(`ALTER TABLE "shift_type" DROP CONSTRAINT "ck_shift_type_break"`);
    await queryRunner.query(
      `ALTER TABLE "shift_type" ADD CONSTRAINT "ck_shift_type_break" CHECK (break_minutes BETWEEN 0 AND 120)`,
    );
    await queryRunner.query(`ALTER TABLE "shift" DROP CONSTRAINT "ck_shift_break"`);
    await queryRunner.query(
      `ALTER TABLE "shift" ADD CONSTRAINT "ck_shift_break" CHECK (break_minutes BETWEEN 0 AND 120)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shift" DROP CONSTRAINT "ck_shift_break"`);
    await queryRunner.query(
      `ALTER TABLE "shift" ADD CONSTRAINT "ck_shift_break" CHECK (break_minutes BETWEEN 0 AND 180)`,
    );
    await queryRunner.query(`ALTER TABLE "shift_type" DROP CONSTRAINT "ck_shift_type_break"`);
    await queryRunner.query(
      `ALTER TABLE "shift_type" ADD CONSTRAINT "ck_shift_type_break" CHECK (break_minutes BETWEEN 0 AND 180)`,
    );
  }
}
