import { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT = '(SELECT vigie_current_service())';

/** The départements of each holiday zone (arrêté du 15 décembre 2020, art. 2), as they stood. */
const ZONES: [string, string[]][] = [
  [
    'A',
    '25 39 70 90 24 33 40 47 64 03 15 43 63 21 58 71 89 07 26 38 73 74 19 23 87 01 42 69 16 17 79 86'.split(
      ' ',
    ),
  ],
  [
    'B',
    '04 05 13 84 02 60 80 59 62 54 55 57 88 44 49 53 72 85 06 83 14 27 50 61 76 18 28 36 37 41 45 08 10 51 52 22 29 35 56 67 68'.split(
      ' ',
    ),
  ],
  ['C', '77 93 94 11 30 34 48 66 75 09 12 31 32 46 65 81 82 78 91 92 95'.split(' ')],
];

/** The council's plan as the single-service Vigie shipped it (`DEFAULT_CAMERA_PLAN`). */
const LOMME_PLAN: [number, string, number][] = [
  [2025, 'NOMAD', 6],
  [2026, 'FIXED', 14],
  [2027, 'FIXED', 16],
];

/**
 * Issue 25: the school calendar and the camera plan become each service's own. Until now the
 * deployment had one zone (`SCHOOL_ZONE`) and one plan (`CAMERA_PLAN`), and a chief replacing his
 * zone's holidays replaced them for every service of that zone. A service gets the zone of its
 * (first) commune's académie and a copy of the holidays of that zone; a service of Lomme the
 * council's plan, any other an empty one.
 */
export class ServiceCalendarAndCameraPlan1797100000000 implements MigrationInterface {
  name = 'ServiceCalendarAndCameraPlan1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service" ADD "school_zone" text`);
    await queryRunner.query(
      `ALTER TABLE "service" ADD CONSTRAINT "ck_service_school_zone" CHECK (school_zone IS NULL OR school_zone IN ('A', 'B', 'C'))`,
    );
    for (const [zone, departements] of ZONES) {
      await queryRunner.query(`UPDATE service SET school_zone = $1 WHERE left(insee_codes[1], 2) = ANY($2)`, [
        zone,
        departements,
      ]);
    }

    // No default yet: the existing rows are the zone's, copied below to each service of the zone
    // (a default would be evaluated for them, with whatever service the connection is set to).
    await queryRunner.query(`ALTER TABLE "school_holiday" ADD "service_id" uuid`);
    await queryRunner.query(
      `INSERT INTO school_holiday (service_id, zone, start_date, end_date, label, source, created_at)
       SELECT s.id, h.zone, h.start_date, h.end_date, h.label, h.source, h.created_at
         FROM school_holiday h JOIN service s ON s.school_zone = h.zone
        WHERE h.service_id IS NULL`,
    );
    await queryRunner.query(`DELETE FROM school_holiday WHERE service_id IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "school_holiday" ALTER COLUMN "service_id" SET DEFAULT vigie_current_service()`,
    );
    await queryRunner.query(`ALTER TABLE "school_holiday" ALTER COLUMN "service_id" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."ix_school_holiday_zone_start"`);
    await queryRunner.query(`ALTER TABLE "school_holiday" DROP CONSTRAINT "ck_school_holiday_zone"`);
    await queryRunner.query(`ALTER TABLE "school_holiday" DROP COLUMN "zone"`);
    await queryRunner.query(
      `CREATE INDEX "ix_school_holiday_service_start" ON "school_holiday" ("service_id", "start_date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "school_holiday" ADD CONSTRAINT "fk_school_holiday_service" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "school_holiday" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "p_school_holiday_service" ON "school_holiday" USING (service_id = ${CURRENT}) WITH CHECK (service_id = ${CURRENT})`,
    );

    await queryRunner.query(
      `CREATE TABLE "camera_plan" ("service_id" uuid NOT NULL DEFAULT vigie_current_service(), "year" integer NOT NULL, "kind" text NOT NULL, "planned" integer NOT NULL, CONSTRAINT "ck_camera_plan_planned" CHECK (planned BETWEEN 0 AND 1000), CONSTRAINT "ck_camera_plan_kind" CHECK (kind IN ('NOMAD', 'FIXED')), CONSTRAINT "ck_camera_plan_year" CHECK (year BETWEEN 2020 AND 2040), CONSTRAINT "pk_camera_plan" PRIMARY KEY ("service_id", "year", "kind"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "camera_plan" ADD CONSTRAINT "fk_camera_plan_service" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "camera_plan" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "p_camera_plan_service" ON "camera_plan" USING (service_id = ${CURRENT}) WITH CHECK (service_id = ${CURRENT})`,
    );
    for (const [year, kind, planned] of LOMME_PLAN) {
      await queryRunner.query(
        `INSERT INTO camera_plan (service_id, year, kind, planned)
         SELECT id, $1, $2, $3 FROM service WHERE '59355' = ANY(insee_codes)`,
        [year, kind, planned],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY "p_camera_plan_service" ON "camera_plan"`);
    await queryRunner.query(`DROP TABLE "camera_plan"`);
    await queryRunner.query(`DROP POLICY "p_school_holiday_service" ON "school_holiday"`);
    await queryRunner.query(`ALTER TABLE "school_holiday" DISABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "school_holiday" DROP CONSTRAINT "fk_school_holiday_service"`);
    await queryRunner.query(`DROP INDEX "public"."ix_school_holiday_service_start"`);
    await queryRunner.query(`ALTER TABLE "school_holiday" ADD "zone" text`);
    // The deployment's one calendar again: the first service's of each zone.
    await queryRunner.query(
      `UPDATE school_holiday h SET zone = s.school_zone FROM service s WHERE s.id = h.service_id`,
    );
    await queryRunner.query(
      `DELETE FROM school_holiday h WHERE zone IS NULL OR service_id <> (SELECT min(s.id::text)::uuid FROM service s WHERE s.school_zone = h.zone)`,
    );
    await queryRunner.query(`ALTER TABLE "school_holiday" ALTER COLUMN "zone" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "school_holiday" DROP COLUMN "service_id"`);
    await queryRunner.query(
      `ALTER TABLE "school_holiday" ADD CONSTRAINT "ck_school_holiday_zone" CHECK (zone IN ('A', 'B', 'C'))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_school_holiday_zone_start" ON "school_holiday" ("zone", "start_date") `,
    );
    await queryRunner.query(`ALTER TABLE "service" DROP CONSTRAINT "ck_service_school_zone"`);
    await queryRunner.query(`ALTER TABLE "service" DROP COLUMN "school_zone"`);
  }
}
