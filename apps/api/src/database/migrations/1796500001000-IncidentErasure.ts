import { MigrationInterface, QueryRunner } from 'typeorm';

/** What an erasure keeps: the number, the dates, the classification (anonymous) and the status. */
const FIXED = `id, number, year, sequence, occurred_at, recorded_at, category, quartier`;
const KEPT = `${FIXED}, status`;
const CONTENT = `address, lat, lng, summary, description, agent_ids, camera_ids, actions, author_id, author_login`;
const of = (row: 'NEW' | 'OLD', columns: string): string =>
  columns
    .split(', ')
    .map((column) => `${row}.${column}`)
    .join(', ');

/**
 * Each main courante entry expires on its own (issue 23): the retention purge erases an expired
 * entry's content (`erased_at` set, text, place, people blanked) and keeps its row, its number
 * and its links, so the chain still verifies. The guard lets the purge's transaction (and only
 * it) erase; nothing else may change an entry but its status, nor un-erase one.
 */
export class IncidentErasure1796500001000 implements MigrationInterface {
  name = 'IncidentErasure1796500001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "incident" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "incident" DROP CONSTRAINT "ck_incident_summary"`);
    await queryRunner.query(
      `ALTER TABLE "incident" ADD CONSTRAINT "ck_incident_summary" CHECK (erased_at IS NOT NULL OR length(summary) BETWEEN 3 AND 200)`,
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION vigie_incident_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF current_setting('vigie.purge', true) = 'on' THEN
            RETURN OLD;
          END IF;
          RAISE EXCEPTION 'incident is append-only: DELETE refused' USING ERRCODE = 'check_violation';
        END IF;
        IF current_setting('vigie.purge', true) = 'on' AND OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL
           AND (${of('NEW', KEPT)}) IS NOT DISTINCT FROM (${of('OLD', KEPT)}) THEN
          RETURN NEW;
        END IF;
        IF (${of('NEW', FIXED)}, ${of('NEW', CONTENT)}, NEW.erased_at)
           IS DISTINCT FROM
           (${of('OLD', FIXED)}, ${of('OLD', CONTENT)}, OLD.erased_at) THEN
          RAISE EXCEPTION 'incident is append-only: only its status may change' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
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
    await queryRunner.query(`ALTER TABLE "incident" DROP CONSTRAINT "ck_incident_summary"`);
    await queryRunner.query(
      `ALTER TABLE "incident" ADD CONSTRAINT "ck_incident_summary" CHECK (length(summary) BETWEEN 3 AND 200)`,
    );
    await queryRunner.query(`ALTER TABLE "incident" DROP COLUMN "erased_at"`);
  }
}
