import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The retention purge (GDPR/RGPD): the append-only tables accept a DELETE inside a transaction
 * that set `vigie.purge` (the purge job does, nothing else), and the chain of the main courante
 * keeps an anchor — the last link purged — so that what remains still verifies.
 */
export class Retention1795650000000 implements MigrationInterface {
  name = 'Retention1795650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "incident_chain_anchor" ("seq" bigint NOT NULL, "hash" text NOT NULL, "purged_at" TIMESTAMP WITH TIME ZONE NOT NULL, "entries" integer NOT NULL, "links" integer NOT NULL, "recorded_before" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_incident_chain_anchor" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION vigie_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('vigie.purge', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION vigie_incident_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF current_setting('vigie.purge', true) = 'on' THEN
            RETURN OLD;
          END IF;
          RAISE EXCEPTION 'incident is append-only: DELETE refused' USING ERRCODE = 'check_violation';
        END IF;
        IF (NEW.id, NEW.number, NEW.year, NEW.sequence, NEW.occurred_at, NEW.recorded_at, NEW.category, NEW.quartier,
            NEW.address, NEW.lat, NEW.lng, NEW.summary, NEW.description, NEW.agent_ids, NEW.camera_ids, NEW.actions,
            NEW.author_id, NEW.author_login)
           IS DISTINCT FROM
           (OLD.id, OLD.number, OLD.year, OLD.sequence, OLD.occurred_at, OLD.recorded_at, OLD.category, OLD.quartier,
            OLD.address, OLD.lat, OLD.lng, OLD.summary, OLD.description, OLD.agent_ids, OLD.camera_ids, OLD.actions,
            OLD.author_id, OLD.author_login) THEN
          RAISE EXCEPTION 'incident is append-only: only its status may change' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_incident_chain_anchor_append_only BEFORE UPDATE OR DELETE ON "incident_chain_anchor" FOR EACH ROW EXECUTE FUNCTION vigie_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_incident_chain_anchor_append_only ON "incident_chain_anchor"`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION vigie_incident_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'incident is append-only: DELETE refused' USING ERRCODE = 'check_violation';
        END IF;
        IF (NEW.id, NEW.number, NEW.year, NEW.sequence, NEW.occurred_at, NEW.recorded_at, NEW.category, NEW.quartier,
            NEW.address, NEW.lat, NEW.lng, NEW.summary, NEW.description, NEW.agent_ids, NEW.camera_ids, NEW.actions,
            NEW.author_id, NEW.author_login)
           IS DISTINCT FROM
           (OLD.id, OLD.number, OLD.year, OLD.sequence, OLD.occurred_at, OLD.recorded_at, OLD.category, OLD.quartier,
            OLD.address, OLD.lat, OLD.lng, OLD.summary, OLD.description, OLD.agent_ids, OLD.camera_ids, OLD.actions,
            OLD.author_id, OLD.author_login) THEN
          RAISE EXCEPTION 'incident is append-only: only its status may change' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION vigie_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(`DROP TABLE "incident_chain_anchor"`);
  }
}
