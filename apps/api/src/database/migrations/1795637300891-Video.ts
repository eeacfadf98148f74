import { MigrationInterface, QueryRunner } from 'typeorm';

export class Video1795637300891 implements MigrationInterface {
  name = 'Video1795637300891';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "camera" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "kind" text NOT NULL, "label" text NOT NULL, "quartier" text NOT NULL, "lat" double precision, "lng" double precision, "status" text NOT NULL, "planned_year" integer NOT NULL, "installed_on" date, "connected_to_csu" boolean NOT NULL DEFAULT false, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_camera_planned_year" CHECK (planned_year BETWEEN 2020 AND 2040), CONSTRAINT "ck_camera_position" CHECK ((lat IS NULL AND lng IS NULL) OR (lat BETWEEN 50.625 AND 50.672 AND lng BETWEEN 2.955 AND 3.035)), CONSTRAINT "ck_camera_quartier" CHECK (quartier IN ('BOURG', 'MITTERIE', 'DELIVRANCE', 'MONT_A_CAMP', 'MARAIS', 'CANTELEU')), CONSTRAINT "ck_camera_status" CHECK (status IN ('PLANNED', 'INSTALLED', 'ACTIVE', 'OUT_OF_SERVICE', 'REMOVED')), CONSTRAINT "ck_camera_kind" CHECK (kind IN ('NOMAD', 'FIXED')), CONSTRAINT "pk_camera" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_camera_code" ON "camera"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "camera_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "camera_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "note" text, "author_login" text, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_camera_status_change" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_camera_status_change_camera" ON "camera_status_change"  ("camera_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "footage_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "camera_id" uuid NOT NULL, "window_start" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "window_end" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "authority" text NOT NULL, "reason" text NOT NULL, "reference" text, "incident_id" uuid, "status" text NOT NULL DEFAULT 'REQUESTED', "overwrite_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "requested_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "requested_by" text, "extracted_at" TIMESTAMP(3) WITH TIME ZONE, "operator_agent_id" uuid, "delivered_at" TIMESTAMP(3) WITH TIME ZONE, "recipient" text, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "version" integer NOT NULL, CONSTRAINT "ck_footage_request_overwrite" CHECK (overwrite_at > window_start), CONSTRAINT "ck_footage_request_window" CHECK (window_end > window_start AND window_end - window_start <= interval '24 hours'), CONSTRAINT "ck_footage_request_authority" CHECK (authority IN ('POLICE_NATIONALE', 'GENDARMERIE', 'PROSECUTOR', 'INTERNAL')), CONSTRAINT "ck_footage_request_status" CHECK (status IN ('REQUESTED', 'EXTRACTED', 'DELIVERED', 'REFUSED', 'EXPIRED')), CONSTRAINT "pk_footage_request" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_footage_request_incident" ON "footage_request"  ("incident_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_footage_request_camera" ON "footage_request"  ("camera_id", "window_start") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_footage_request_open" ON "footage_request"  ("status", "overwrite_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "footage_request_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "note" text, "author_login" text, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_footage_request_event" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_footage_request_event_request" ON "footage_request_event"  ("request_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "camera_status_change" ADD CONSTRAINT "FK_247503014a6466699bed6c6c1d3" FOREIGN KEY ("camera_id") REFERENCES "camera"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "footage_request" ADD CONSTRAINT "FK_ac3b8736739be2a14e1bb14fd4e" FOREIGN KEY ("camera_id") REFERENCES "camera"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "footage_request" ADD CONSTRAINT "FK_a08ab82a1c3034804ebd1265f78" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "footage_request" ADD CONSTRAINT "FK_5380f43b6dd99b727ad394ed7a9" FOREIGN KEY ("operator_agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "footage_request_event" ADD CONSTRAINT "FK_3d743a1d5a1e0601ab43e13138a" FOREIGN KEY ("request_id") REFERENCES "footage_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: the register of transmissions and the cameras' history are never rewritten
    // (rows go only with their request or camera, by the retention purge).
    await queryRunner.query(
      `CREATE FUNCTION vigie_no_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'vigie: % rows are never updated', TG_TABLE_NAME USING ERRCODE = 'restrict_violation'; END $$`,
    );
    for (const table of ['footage_request_event', 'camera_status_change']) {
      await queryRunner.query(
        `CREATE TRIGGER trg_${table}_no_update BEFORE UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION vigie_no_update()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['footage_request_event', 'camera_status_change']) {
      await queryRunner.query(`DROP TRIGGER trg_${table}_no_update ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION vigie_no_update()`);
    await queryRunner.query(
      `ALTER TABLE "footage_request_event" DROP CONSTRAINT "FK_3d743a1d5a1e0601ab43e13138a"`,
    );
    await queryRunner.query(`ALTER TABLE "footage_request" DROP CONSTRAINT "FK_5380f43b6dd99b727ad394ed7a9"`);
    await queryRunner.query(`ALTER TABLE "footage_request" DROP CONSTRAINT "FK_a08ab82a1c3034804ebd1265f78"`);
    await queryRunner.query(`ALTER TABLE "footage_request" DROP CONSTRAINT "FK_ac3b8736739be2a14e1bb14fd4e"`);
    await queryRunner.query(
      `ALTER TABLE "camera_status_change" DROP CONSTRAINT "FK_247503014a6466699bed6c6c1d3"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_footage_request_event_request"`);
    await queryRunner.query(`DROP TABLE "footage_request_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_footage_request_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_footage_request_camera"`);
    await queryRunner.query(`DROP INDEX "public"."ix_footage_request_incident"`);
    await queryRunner.query(`DROP TABLE "footage_request"`);
    await queryRunner.query(`DROP INDEX "public"."ix_camera_status_change_camera"`);
    await queryRunner.query(`DROP TABLE "camera_status_change"`);
    await queryRunner.query(`DROP INDEX "public"."uq_camera_code"`);
    await queryRunner.query(`DROP TABLE "camera"`);
  }
}
