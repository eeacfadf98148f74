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
 * with its owner's rights: the planner can put the service and the word in one index scan. The GIN
 * index holds both (`btree_gin`), so a word's entries are only the service's, however many services
 * share the table (measured at 1 M documents of 100 services: a rare word 0.56 ms, a common one
 * 8.0 ms; the word alone, then filtered by service, 1.0 and 367 ms). A query that forgets the
 * service still sees only its own. The app role reads the view and cannot write through it
 * (app-role.ts).
 */
export class ServiceSearch1797300000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await q.query(`DROP INDEX "ix_incident_search_document"`);
    await q.query(
      `CREATE INDEX "ix_incident_search_document" ON "incident_search" USING gin ("service_id", "document")`,
    );
    await q.query(
      `CREATE VIEW "incident_search_own" AS
         SELECT incident_id, document FROM incident_search WHERE service_id = (SELECT vigie_current_service())`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "incident_search_own"`);
    await q.query(`DROP INDEX "ix_incident_search_document"`);
    await q.query(`CREATE INDEX "ix_incident_search_document" ON "incident_search" USING gin ("document")`);
  }
}
