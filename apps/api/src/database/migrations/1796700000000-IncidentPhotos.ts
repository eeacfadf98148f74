import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Photos of the main courante (issue 24 point 4): `photo_object`, the photos received, by the
 * SHA-256 of their bytes (kept by the photo store); `incident_photo`, the photos an entry or a
 * complement names, whose hashes are in the chain: append-only like the rest of the main
 * courante, never truncated, kept when the entry is erased.
 */
export class IncidentPhotos1796700000000 implements MigrationInterface {
  name = 'IncidentPhotos1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "incident_photo" ("ref_id" uuid NOT NULL, "position" smallint NOT NULL, "ref_kind" text NOT NULL, "incident_id" uuid NOT NULL, "sha256" text NOT NULL, CONSTRAINT "ck_incident_photo_position" CHECK (position BETWEEN 0 AND 5), CONSTRAINT "ck_incident_photo_kind" CHECK (ref_kind IN ('ENTRY', 'AMENDMENT')), CONSTRAINT "pk_incident_photo" PRIMARY KEY ("ref_id", "position"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_incident_photo_sha256" ON "incident_photo"  ("sha256") `);
    await queryRunner.query(
      `CREATE INDEX "ix_incident_photo_incident" ON "incident_photo"  ("incident_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "photo_object" ("sha256" text NOT NULL, "media_type" text NOT NULL, "size" integer NOT NULL, "uploaded_by" uuid, "touched_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_photo_object_size" CHECK (size > 0), CONSTRAINT "ck_photo_object_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "pk_photo_object" PRIMARY KEY ("sha256"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_photo_object_touched_at" ON "photo_object"  ("touched_at") `);
    await queryRunner.query(
      `CREATE TRIGGER trg_incident_photo_append_only BEFORE UPDATE OR DELETE ON "incident_photo" FOR EACH ROW EXECUTE FUNCTION vigie_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_incident_photo_no_truncate BEFORE TRUNCATE ON "incident_photo" FOR EACH STATEMENT EXECUTE FUNCTION vigie_refuse_truncate()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_incident_photo_no_truncate ON "incident_photo"`);
    await queryRunner.query(`DROP TRIGGER trg_incident_photo_append_only ON "incident_photo"`);
    await queryRunner.query(`DROP INDEX "public"."ix_photo_object_touched_at"`);
    await queryRunner.query(`DROP TABLE "photo_object"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incident_photo_incident"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incident_photo_sha256"`);
    await queryRunner.query(`DROP TABLE "incident_photo"`);
  }
}
