import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finer statistics on the full-text documents, so that PostgreSQL sees that a rare word is rare.
 * With the default sample, a word below the most common ones was estimated at a fraction of a
 * percent of the entries: for « trottinette » (one entry in 5,000) the planner walked a million
 * entries in date order looking for 50 matches (2.3 s) instead of reading the ~200 matches from
 * the GIN index and sorting them (a few ms). Common words keep the date-order plan.
 */
export class IncidentSearchStatistics1795641000000 implements MigrationInterface {
  name = 'IncidentSearchStatistics1795641000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "incident_search" ALTER COLUMN "document" SET STATISTICS 1000`);
    await queryRunner.query(`ANALYZE "incident_search"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "incident_search" ALTER COLUMN "document" SET STATISTICS -1`);
  }
}
