import { MigrationInterface, QueryRunner } from 'typeorm';

/** The owner's functions written before `vigie_signed_in` (1797200000000). */
const FUNCTIONS = [
  'vigie_memberships(text)',
  'vigie_calendar_token_service(text)',
  'vigie_duty_elsewhere(uuid[], timestamptz, timestamptz, text)',
];

/**
 * Every function that runs with its owner's rights searches `pg_temp` last: otherwise a caller's
 * temporary table or function could stand in for the one it names (PostgreSQL's documentation,
 * CREATE FUNCTION, "Writing SECURITY DEFINER Functions Safely").
 */
export class DefinerSearchPath1797500000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    for (const signature of FUNCTIONS) {
      await q.query(`ALTER FUNCTION ${signature} SET search_path = public, pg_temp`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const signature of FUNCTIONS) await q.query(`ALTER FUNCTION ${signature} SET search_path = public`);
  }
}
