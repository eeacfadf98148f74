import { MigrationInterface, QueryRunner } from 'typeorm';

const OFFICIAL = 'https://www.education.gouv.fr/calendrier-scolaire-100148';
const ARRETE_2022 = `Arrêté du 7 décembre 2022 fixant le calendrier scolaire (années 2023-2024 à 2025-2026), ${OFFICIAL}`;
const ARRETE_2025 = `Arrêté du 22 octobre 2025 fixant le calendrier scolaire de l’année 2026-2027, ${OFFICIAL}`;
const TO_CHECK = ' (dates à vérifier sur le texte officiel)';

/**
 * Zone B (académie de Lille) school holidays: first and last day without class, both included
 * (classes end the day before, resume the day after). 2025-2026 was checked against several
 * publications of the official calendar. For 2026-2027 only the rentrée (Tuesday 1 September
 * 2026), the start of the summer (Saturday 3 July 2027) and the arrêté's date were checked; the
 * other periods were not, and their source says so. The summer's end (the rentrée 2027) is not
 * fixed yet: 31 August is assumed and said.
 */
const ZONE_B: [string, string, string, string][] = [
  ['2025-07-05', '2025-08-31', 'Vacances d’été', ARRETE_2022],
  ['2025-10-18', '2025-11-02', 'Vacances de la Toussaint', ARRETE_2022],
  ['2025-12-20', '2026-01-04', 'Vacances de Noël', ARRETE_2022],
  ['2026-02-14', '2026-03-01', 'Vacances d’hiver', ARRETE_2022],
  ['2026-04-11', '2026-04-26', 'Vacances de printemps', ARRETE_2022],
  ['2026-05-15', '2026-05-16', 'Pont de l’Ascension', ARRETE_2022],
  ['2026-07-04', '2026-08-31', 'Vacances d’été', ARRETE_2025],
  ['2026-10-17', '2026-11-01', 'Vacances de la Toussaint', ARRETE_2025 + TO_CHECK],
  ['2026-12-19', '2027-01-03', 'Vacances de Noël', ARRETE_2025 + TO_CHECK],
  ['2027-02-20', '2027-03-07', 'Vacances d’hiver', ARRETE_2025 + TO_CHECK],
  ['2027-04-17', '2027-05-02', 'Vacances de printemps', ARRETE_2025 + TO_CHECK],
  ['2027-05-07', '2027-05-08', 'Pont de l’Ascension', ARRETE_2025 + TO_CHECK],
  ['2027-07-03', '2027-08-31', 'Vacances d’été', `${ARRETE_2025} (fin : rentrée 2027 non encore fixée)`],
];

/**
 * Shift types learn when they run (weekdays, public holidays, school days only) and who may staff
 * them (grades, copied onto their shifts like their other needs); the school calendar is a table
 * the chief updates, shipped here for zone B. Existing types keep running every day, holidays
 * included, as they did.
 */
export class ShiftTypePatterns1796472362248 implements MigrationInterface {
  name = 'ShiftTypePatterns1796472362248';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "school_holiday" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "zone" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "label" text NOT NULL, "source" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_school_holiday_zone" CHECK (zone IN ('A', 'B', 'C')), CONSTRAINT "ck_school_holiday_order" CHECK (end_date >= start_date), CONSTRAINT "pk_school_holiday" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_school_holiday_zone_start" ON "school_holiday"  ("zone", "start_date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "shift_type" ADD "weekdays" smallint array NOT NULL DEFAULT '{1,2,3,4,5,6,7}'`,
    );
    await queryRunner.query(`ALTER TABLE "shift_type" ADD "grades" text array`);
    await queryRunner.query(`ALTER TABLE "shift_type" ADD "public_holidays" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "shift_type" ADD "school_days_only" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "shift" ADD "grades" text array`);
    await queryRunner.query(
      `ALTER TABLE "shift_type" ADD CONSTRAINT "ck_shift_type_grades" CHECK (grades IS NULL OR cardinality(grades) >= 1)`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift_type" ADD CONSTRAINT "ck_shift_type_weekdays" CHECK (cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ '{1,2,3,4,5,6,7}'::smallint[])`,
    );
    for (const [start, end, label, source] of ZONE_B) {
      await queryRunner.query(
        `INSERT INTO "school_holiday" ("zone", "start_date", "end_date", "label", "source") VALUES ('B', $1, $2, $3, $4)`,
        [start, end, label, source],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shift_type" DROP CONSTRAINT "ck_shift_type_weekdays"`);
    await queryRunner.query(`ALTER TABLE "shift_type" DROP CONSTRAINT "ck_shift_type_grades"`);
    await queryRunner.query(`ALTER TABLE "shift" DROP COLUMN "grades"`);
    await queryRunner.query(`ALTER TABLE "shift_type" DROP COLUMN "school_days_only"`);
    await queryRunner.query(`ALTER TABLE "shift_type" DROP COLUMN "public_holidays"`);
    await queryRunner.query(`ALTER TABLE "shift_type" DROP COLUMN "grades"`);
    await queryRunner.query(`ALTER TABLE "shift_type" DROP COLUMN "weekdays"`);
    await queryRunner.query(`DROP INDEX "public"."ix_school_holiday_zone_start"`);
    await queryRunner.query(`DROP TABLE "school_holiday"`);
  }
}
