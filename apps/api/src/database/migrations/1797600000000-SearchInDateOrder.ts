import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search by words alone takes its page from the search table, in date order: the word and the
 * date in one table, the planner weighs them with that table's own statistics — a common word
 * walks the service's dates until a page matched, a rare one takes its few matches from the GIN
 * index. Joined to the entries instead, it under-counted the join (the service's selectivity
 * counted twice) and hashed every entry of the service (bench/NOTES.md).
 *
 * The entry's date is copied by the trigger that writes the document; an entry's date never
 * changes (`vigie_incident_guard` refuses any update but its status and its erasure).
 */
export class SearchInDateOrder1797600000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "incident_search" ADD COLUMN "occurred_at" TIMESTAMP WITH TIME ZONE`);
    // Every row is rewritten: the GIN index is built once afterwards (faster than row by row).
    await q.query(`DROP INDEX "ix_incident_search_document"`);
    await q.query(
      `UPDATE "incident_search" s SET "occurred_at" = i."occurred_at" FROM "incident" i WHERE i."id" = s."incident_id"`,
    );
    await q.query(`ALTER TABLE "incident_search" ALTER COLUMN "occurred_at" SET NOT NULL`);
    await q.query(
      `CREATE INDEX "ix_incident_search_document" ON "incident_search" USING gin ("service_id", "document")`,
    );
    await q.query(`
      CREATE OR REPLACE FUNCTION vigie_incident_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO incident_search (incident_id, occurred_at, document) VALUES (
          NEW.id,
          NEW.occurred_at,
          setweight(vigie_fr_document(NEW.summary), 'A')
            || setweight(vigie_fr_document(NEW.description), 'B')
            || setweight(vigie_fr_document(NEW.address), 'C'));
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE INDEX "ix_incident_search_date" ON "incident_search" ("service_id", "occurred_at" DESC, "incident_id" DESC)`,
    );
    await q.query(
      `CREATE OR REPLACE VIEW "incident_search_own" AS
         SELECT incident_id, document, occurred_at FROM incident_search WHERE service_id = (SELECT vigie_current_service())`,
    );
    await q.query(`ANALYZE "incident_search"`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "incident_search_own"`);
    await q.query(
      `CREATE VIEW "incident_search_own" AS
         SELECT incident_id, document FROM incident_search WHERE service_id = (SELECT vigie_current_service())`,
    );
    await q.query(`DROP INDEX "ix_incident_search_date"`);
    await q.query(`
      CREATE OR REPLACE FUNCTION vigie_incident_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO incident_search (incident_id, document) VALUES (
          NEW.id,
          setweight(vigie_fr_document(NEW.summary), 'A')
            || setweight(vigie_fr_document(NEW.description), 'B')
            || setweight(vigie_fr_document(NEW.address), 'C'));
        RETURN NEW;
      END $$`);
    await q.query(`ALTER TABLE "incident_search" DROP COLUMN "occurred_at"`);
  }
}
