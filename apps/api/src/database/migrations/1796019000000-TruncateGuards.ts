import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables of the main courante and of its hash chain. */
const GUARDED = [
  'incident',
  'incident_agent',
  'incident_amendment',
  'incident_status_change',
  'incident_link',
  'incident_chain_anchor',
];

/**
 * No TRUNCATE of the main courante, even by the tables' owner: the row triggers that keep it
 * append-only do not fire on TRUNCATE, so one mistaken statement would empty it without trace.
 * (The app role holds no TRUNCATE privilege at all; the retention purge deletes row by row.)
 */
export class TruncateGuards1796019000000 implements MigrationInterface {
  name = 'TruncateGuards1796019000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION vigie_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'vigie : la table % de la main courante ne se vide jamais (TRUNCATE refusé)', TG_TABLE_NAME
          USING ERRCODE = 'check_violation';
      END $$`);
    for (const table of GUARDED) {
      await queryRunner.query(
        `CREATE TRIGGER trg_${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION vigie_refuse_truncate()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of GUARDED) {
      await queryRunner.query(`DROP TRIGGER trg_${table}_no_truncate ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION vigie_refuse_truncate()`);
  }
}
