import { MigrationInterface, QueryRunner } from 'typeorm';

export class Planning1795633065776 implements MigrationInterface {
  name = 'Planning1795633065776';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The exclusion constraint compares the agent (uuid, equality) inside a GiST index.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TABLE "absence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agent_id" uuid NOT NULL, "kind" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "note" text, "decision_note" text, "requested_by_id" uuid, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_absence_status" CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED')), CONSTRAINT "ck_absence_kind" CHECK (kind IN ('ANNUAL_LEAVE', 'RTT', 'SICKNESS', 'TRAINING', 'SHOOTING_SESSION', 'RECOVERY')), CONSTRAINT "ck_absence_order" CHECK (ends_at > starts_at), CONSTRAINT "pk_absence" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_absence_status" ON "absence"  ("status", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "ix_absence_agent_time" ON "absence"  ("agent_id", "starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "shift_type" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "label" text NOT NULL, "start_time" text NOT NULL, "end_time" text NOT NULL, "min_agents" integer NOT NULL, "requirements" jsonb NOT NULL DEFAULT '[]', "required_for_all" text array NOT NULL DEFAULT '{}', "categories" text array NOT NULL DEFAULT '{POLICE}', "allows_trainees" boolean NOT NULL DEFAULT false, "colour" text NOT NULL DEFAULT '#1565c0', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_shift_type_colour" CHECK (colour ~ '^#[0-9a-fA-F]{6}$'), CONSTRAINT "ck_shift_type_min_agents" CHECK (min_agents BETWEEN 0 AND 50), CONSTRAINT "ck_shift_type_times" CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'), CONSTRAINT "pk_shift_type" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_shift_type_code" ON "shift_type"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "shift" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shift_type_id" uuid NOT NULL, "label" text, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "min_agents" integer NOT NULL, "requirements" jsonb NOT NULL, "required_for_all" text array NOT NULL, "categories" text array NOT NULL, "allows_trainees" boolean NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_shift_min_agents" CHECK (min_agents BETWEEN 0 AND 50), CONSTRAINT "ck_shift_length" CHECK (ends_at - starts_at <= interval '24 hours'), CONSTRAINT "ck_shift_order" CHECK (ends_at > starts_at), CONSTRAINT "pk_shift" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_shift_time" ON "shift"  ("starts_at", "ends_at") `);
    await queryRunner.query(
      `CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shift_id" uuid NOT NULL, "agent_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ex_assignment_agent_overlap" EXCLUDE USING gist ("agent_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&), CONSTRAINT "pk_assignment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assignment_agent_time" ON "assignment"  ("agent_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assignment_shift_agent" ON "assignment"  ("shift_id", "agent_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_token" ("agent_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_calendar_token" PRIMARY KEY ("agent_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_calendar_token_hash" ON "calendar_token"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "roster_change" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "agent_id" uuid NOT NULL, "shift_id" uuid, "action" text NOT NULL, "summary" text NOT NULL, "by_id" uuid, "by_login" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_roster_change" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_roster_change_agent" ON "roster_change"  ("agent_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "roster_publication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "from_date" date NOT NULL, "to_date" date NOT NULL, "published_by_id" uuid, "published_by_login" text, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_roster_publication_order" CHECK (to_date >= from_date), CONSTRAINT "pk_roster_publication" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_roster_publication_period" ON "roster_publication"  ("from_date", "to_date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "absence" ADD CONSTRAINT "fk_absence_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift" ADD CONSTRAINT "fk_shift_shift_type" FOREIGN KEY ("shift_type_id") REFERENCES "shift_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "fk_assignment_shift" FOREIGN KEY ("shift_id") REFERENCES "shift"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "fk_assignment_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_token" ADD CONSTRAINT "fk_calendar_token_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // An assignment's times are its shift's, whatever writes them: the exclusion constraint above
    // then refuses overlapping assignments of one agent even against a hand-written statement.
    await queryRunner.query(`
      CREATE FUNCTION vigie_assignment_times() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT starts_at, ends_at INTO NEW.starts_at, NEW.ends_at FROM shift WHERE id = NEW.shift_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_assignment_times BEFORE INSERT OR UPDATE ON "assignment" FOR EACH ROW EXECUTE FUNCTION vigie_assignment_times()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION vigie_shift_times() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE assignment SET starts_at = NEW.starts_at, ends_at = NEW.ends_at WHERE shift_id = NEW.id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_shift_times AFTER UPDATE OF starts_at, ends_at ON "shift" FOR EACH ROW EXECUTE FUNCTION vigie_shift_times()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_shift_times ON "shift"`);
    await queryRunner.query(`DROP FUNCTION vigie_shift_times()`);
    await queryRunner.query(`DROP TRIGGER trg_assignment_times ON "assignment"`);
    await queryRunner.query(`DROP FUNCTION vigie_assignment_times()`);
    await queryRunner.query(`ALTER TABLE "calendar_token" DROP CONSTRAINT "fk_calendar_token_agent"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "fk_assignment_agent"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "fk_assignment_shift"`);
    await queryRunner.query(`ALTER TABLE "shift" DROP CONSTRAINT "fk_shift_shift_type"`);
    await queryRunner.query(`ALTER TABLE "absence" DROP CONSTRAINT "fk_absence_agent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roster_publication_period"`);
    await queryRunner.query(`DROP TABLE "roster_publication"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roster_change_agent"`);
    await queryRunner.query(`DROP TABLE "roster_change"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calendar_token_hash"`);
    await queryRunner.query(`DROP TABLE "calendar_token"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assignment_shift_agent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assignment_agent_time"`);
    await queryRunner.query(`DROP TABLE "assignment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_shift_time"`);
    await queryRunner.query(`DROP TABLE "shift"`);
    await queryRunner.query(`DROP INDEX "public"."uq_shift_type_code"`);
    await queryRunner.query(`DROP TABLE "shift_type"`);
    await queryRunner.query(`DROP INDEX "public"."ix_absence_agent_time"`);
    await queryRunner.query(`DROP INDEX "public"."ix_absence_status"`);
    await queryRunner.query(`DROP TABLE "absence"`);
  }
}
