import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One unlabelled shift of a type per start: « Générer les créneaux » inserts with
 * `ON CONFLICT DO NOTHING RETURNING` and so counts only what it created, even when two chiefs
 * click at once. Event shifts keep their own label and stay free.
 *
 * Duplicates made by hand before this (two unlabelled shifts of a type at the same start) are
 * kept with their assignments: every one but the oldest takes its type's label as its own, which
 * is what it showed anyway, so that the index can be built without deleting anything.
 */
export class ShiftTypeStartUnique1796019300000 implements MigrationInterface {
  name = 'ShiftTypeStartUnique1796019300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE "shift" s SET "label" = t."label"
        FROM "shift_type" t, (
          SELECT "id", row_number() OVER (
            PARTITION BY "shift_type_id", "starts_at" ORDER BY "created_at", "id") AS "rank"
          FROM "shift" WHERE "label" IS NULL
        ) d
       WHERE d."id" = s."id" AND d."rank" > 1 AND t."id" = s."shift_type_id"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_shift_type_start" ON "shift" ("shift_type_id", "starts_at") WHERE label IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_shift_type_start"`);
  }
}
