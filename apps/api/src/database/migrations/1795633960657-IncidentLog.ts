import { MigrationInterface, QueryRunner } from 'typeorm';

export class IncidentLog1795633960657 implements MigrationInterface {
  name = 'IncidentLog1795633960657';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // French full text with accents ignored: « dégradations » finds « degradation ».
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION vigie_fr (COPY = pg_catalog.french)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION vigie_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`,
    );
    await queryRunner.query(
      `CREATE TABLE "incident" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" text NOT NULL, "year" integer NOT NULL, "sequence" integer NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "category" text NOT NULL, "quartier" text NOT NULL, "address" text NOT NULL, "lat" double precision, "lng" double precision, "summary" text NOT NULL, "description" text NOT NULL, "agent_ids" uuid array NOT NULL, "camera_ids" uuid array NOT NULL DEFAULT '{}', "actions" jsonb NOT NULL DEFAULT '[]', "author_id" uuid, "author_login" text, "status" text NOT NULL DEFAULT 'OPEN', CONSTRAINT "ck_incident_description" CHECK (length(description) <= 10000), CONSTRAINT "ck_incident_summary" CHECK (length(summary) BETWEEN 3 AND 200), CONSTRAINT "ck_incident_quartier" CHECK (quartier IN ('BOURG', 'MITTERIE', 'DELIVRANCE', 'MONT_A_CAMP', 'MARAIS', 'CANTELEU')), CONSTRAINT "ck_incident_status" CHECK (status IN ('OPEN', 'IN_PROGRESS', 'CLOSED', 'TRANSFERRED')), CONSTRAINT "pk_incident" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_incident_status" ON "incident"  ("status", "occurred_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_incident_quartier" ON "incident"  ("quartier", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_incident_category" ON "incident"  ("category", "occurred_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_incident_occurred" ON "incident"  ("occurred_at", "id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_incident_year_sequence" ON "incident"  ("year", "sequence") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_incident_number" ON "incident"  ("number") `);
    await queryRunner.query(
      `CREATE TABLE "incident_agent" ("incident_id" uuid NOT NULL, "agent_id" uuid NOT NULL, CONSTRAINT "pk_incident_agent" PRIMARY KEY ("incident_id", "agent_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_incident_agent_agent" ON "incident_agent"  ("agent_id", "incident_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "incident_amendment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "text" text NOT NULL, "author_id" uuid, "author_login" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_incident_amendment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_incident_amendment_incident" ON "incident_amendment"  ("incident_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "incident_counter" ("year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "pk_incident_counter" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "incident_link" ("seq" bigint NOT NULL, "kind" text NOT NULL, "ref_id" uuid NOT NULL, "incident_id" uuid NOT NULL, "previous_hash" text NOT NULL, "hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_incident_link_kind" CHECK (kind IN ('ENTRY', 'AMENDMENT', 'STATUS')), CONSTRAINT "pk_incident_link" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_incident_link_incident" ON "incident_link"  ("incident_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_incident_link_ref" ON "incident_link"  ("kind", "ref_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "incident_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "note" text NOT NULL, "author_id" uuid, "author_login" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_incident_status_change" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_incident_status_change_incident" ON "incident_status_change"  ("incident_id", "created_at") `,
    );
    // The full-text document of each entry, kept by a trigger (summary A, description B, address C).
    await queryRunner.query(
      `CREATE TABLE "incident_search" ("incident_id" uuid NOT NULL, "document" tsvector NOT NULL, CONSTRAINT "pk_incident_search" PRIMARY KEY ("incident_id"), CONSTRAINT "fk_incident_search_incident" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_incident_search_document" ON "incident_search" USING gin ("document")`,
    );
    await queryRunner.query(`
      CREATE FUNCTION vigie_incident_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO incident_search (incident_id, document) VALUES (
          NEW.id,
          setweight(to_tsvector('vigie_fr', NEW.summary), 'A')
            || setweight(to_tsvector('vigie_fr', NEW.description), 'B')
            || setweight(to_tsvector('vigie_fr', NEW.address), 'C'));
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_incident_search AFTER INSERT ON "incident" FOR EACH ROW EXECUTE FUNCTION vigie_incident_search()`,
    );
    // Append-only, enforced by the database: an entry changes only in its status (through a
    // status change, itself a link of the chain); amendments, status changes, presence and the
    // chain are never updated nor deleted, whatever statement the application's role runs.
    await queryRunner.query(`
      CREATE FUNCTION vigie_incident_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(
      `CREATE TRIGGER trg_incident_guard BEFORE UPDATE OR DELETE ON "incident" FOR EACH ROW EXECUTE FUNCTION vigie_incident_guard()`,
    );
    for (const table of ['incident_amendment', 'incident_status_change', 'incident_agent', 'incident_link']) {
      await queryRunner.query(
        `CREATE TRIGGER trg_${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION vigie_append_only()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['incident_amendment', 'incident_status_change', 'incident_agent', 'incident_link']) {
      await queryRunner.query(`DROP TRIGGER trg_${table}_append_only ON "${table}"`);
    }
    await queryRunner.query(`DROP TRIGGER trg_incident_guard ON "incident"`);
    await queryRunner.query(`DROP FUNCTION vigie_incident_guard()`);
    await queryRunner.query(`DROP TRIGGER trg_incident_search ON "incident"`);
    await queryRunner.query(`DROP FUNCTION vigie_incident_search()`);
    await queryRunner.query(`DROP TABLE "incident_search"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incident_status_change_incident"`);
    await queryRunner.query(`DROP TABLE "incident_status_change"`);
    await queryRunner.query(`DROP INDEX "public"."uq_incident_link_ref"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incident_link_incident"`);
    await queryRunner.query(`DROP TABLE "incident_link"`);
    await queryRunner.query(`DROP TABLE "incident_counter"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incident_amendment_incident"`);
    await queryRunner.query(`DROP TABLE "incident_amendment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incident_agent_agent"`);
    await queryRunner.query(`DROP TABLE "incident_agent"`);
    await queryRunner.query(`DROP INDEX "public"."uq_incident_number"`);
    await queryRunner.query(`DROP INDEX "public"."uq_incident_year_sequence"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incident_occurred"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incident_category"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incident_quartier"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incident_status"`);
    await queryRunner.query(`DROP TABLE "incident"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION vigie_fr`);
  }
}
