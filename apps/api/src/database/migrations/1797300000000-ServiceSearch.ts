import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searching the main courante stays as fast for one service among many as it was alone.
 *
 * Under row security PostgreSQL evaluates the policy before any condition that is not leakproof,
 * and the full-text match (`@@`) is not: the GIN index could not serve a search, and every
 * service's documents were read (the cost grew with the deployment, not the service).
 * `incident_search_own` is the current service's documents, filtered by the view itself and read
 * with its owner's rights, so the planner can put the service and the word in one scan of a GIN
 * index that holds both (`btree_gin`): a word's entries are the service's alone. A query that
 * forgets the service still sees only its own; the app role cannot write through it (app-role.ts).
 * Figures: bench/NOTES.md.
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
