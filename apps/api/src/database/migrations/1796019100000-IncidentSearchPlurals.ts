import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * French search finds the plural of a word ending in a vowel: « vélos » finds « vélo ».
 *
 * The configuration already removes accents before stemming (`unaccent, french_stem`), but the
 * Snowball French stemmer keeps a final `s` after a, i, o, u (« vélos » → `velos`, « vélo » →
 * `velo`) and a final `x` after eu, ou (« feux » → `feux`). One rule, applied to the stems of the
 * documents and of the queries alike, drops them: `velos` → `velo`, `rodeos` → `rodeo`,
 * `pneus` → `pneu`, `feux` → `feu`. A function of the stem only can merge stems, never split
 * what the stemmer already matched. Short stems (`bus`, `cas`) are kept: `bu`, `ca` would
 * match other words.
 *
 * The documents stay a stored, GIN-indexed `tsvector`; the query is a constant the planner folds
 * (the functions are immutable), so the index and the statistics serve as before.
 */
export class IncidentSearchPlurals1796019100000 implements MigrationInterface {
  name = 'IncidentSearchPlurals1796019100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // On the text form of a tsvector or tsquery, where every stem is quoted ('velos':1A).
    await queryRunner.query(`
      CREATE FUNCTION vigie_fr_singular(stems text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT regexp_replace(
          regexp_replace($1, '''([^'']{2,}[aiou])s''', '''\\1''', 'g'),
          '''([^'']+[eo]u)x''', '''\\1''', 'g')
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION vigie_fr_document(content text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT vigie_fr_singular(to_tsvector('vigie_fr'::regconfig, $1)::text)::tsvector
      $$`);
    // What a user types (websearch syntax: "phrase", or, -word), with the same stems.
    await queryRunner.query(`
      CREATE FUNCTION vigie_fr_query(search text) RETURNS tsquery
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT vigie_fr_singular(websearch_to_tsquery('vigie_fr'::regconfig, $1)::text)::tsquery
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION vigie_incident_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO incident_search (incident_id, document) VALUES (
          NEW.id,
          setweight(vigie_fr_document(NEW.summary), 'A')
            || setweight(vigie_fr_document(NEW.description), 'B')
            || setweight(vigie_fr_document(NEW.address), 'C'));
        RETURN NEW;
      END $$`);
    await this.rebuild(queryRunner, 'vigie_fr_document(%s)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION vigie_incident_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO incident_search (incident_id, document) VALUES (
          NEW.id,
          setweight(to_tsvector('vigie_fr', NEW.summary), 'A')
            || setweight(to_tsvector('vigie_fr', NEW.description), 'B')
            || setweight(to_tsvector('vigie_fr', NEW.address), 'C'));
        RETURN NEW;
      END $$`);
    await this.rebuild(queryRunner, `to_tsvector('vigie_fr', %s)`);
    await queryRunner.query(`DROP FUNCTION vigie_fr_query(text)`);
    await queryRunner.query(`DROP FUNCTION vigie_fr_document(text)`);
    await queryRunner.query(`DROP FUNCTION vigie_fr_singular(text)`);
  }

  /** Every stored document again; the GIN index is built once afterwards (faster than row by row). */
  private async rebuild(queryRunner: QueryRunner, documentOf: string): Promise<void> {
    const of = (column: string) => documentOf.replace('%s', `i.${column}`);
    await queryRunner.query(`DROP INDEX "ix_incident_search_document"`);
    await queryRunner.query(
      `UPDATE incident_search s SET document =
         setweight(${of('summary')}, 'A') || setweight(${of('description')}, 'B') || setweight(${of('address')}, 'C')
         FROM incident i WHERE i.id = s.incident_id`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_incident_search_document" ON "incident_search" USING gin ("document")`,
    );
    await queryRunner.query(`ANALYZE "incident_search"`);
  }
}
