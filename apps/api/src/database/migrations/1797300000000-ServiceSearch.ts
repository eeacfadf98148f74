import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searching the main courante stays as fast for one service among many as it was alone.
 *
 * Under row security PostgreSQL evaluates the policy before any condition that is not leakproof,
 * and the full-text match (`@@`) is not: the GIN index could not serve a search, every service's
 * documents were read and filtered (a rare word: 51 ms at 200 000 documents of 20 services, 290 ms
 * at 1 M of 100 — and it grew with the deployment, not with the service).
 *
 * `incident_search_own` is the current service's documents, filtered by the view itself and read
 * with its owner's rights: the planner combines the service and the word in the index (rare word
 * 1.1 ms, common 8.7 ms at 1 M of 100). A query that forgets the service still sees only its own.
 * The app role reads it and cannot write through it (app-role.ts). The service's own index serves
 * a common word and the table's row security when read directly.
 */
export class ServiceSearch1797300000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_incident_search_service" ON "incident_search" ("service_id")`);
    await q.query(
      `CREATE VIEW "incident_search_own" AS
         SELECT incident_id, document FROM incident_search WHERE service_id = (SELECT vigie_current_service())`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "incident_search_own"`);
    await q.query(`DROP INDEX "ix_incident_search_service"`);
  }
}
