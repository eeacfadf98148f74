import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffingAndRecruitment1795630209871 implements MigrationInterface {
  name = 'StaffingAndRecruitment1795630209871';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Accent-insensitive search on names (and later the incident log).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(
      `CREATE TABLE "agent_qualification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agent_id" uuid NOT NULL, "kind" text NOT NULL, "obtained_on" date NOT NULL, "expires_on" date, "pending_approval" boolean NOT NULL DEFAULT false, "reference" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_agent_qualification_dates" CHECK (expires_on IS NULL OR expires_on > obtained_on), CONSTRAINT "ck_agent_qualification_kind" CHECK (kind IN ('FIREARM', 'BATON', 'TASER', 'FIRST_AID', 'VIDEO_OPERATOR', 'DRIVER_CAR', 'MOTORBIKE', 'BIKE_PATROL', 'DOG_HANDLER')), CONSTRAINT "pk_agent_qualification" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agent_qualification_agent" ON "agent_qualification"  ("agent_id", "kind") `,
    );
    await queryRunner.query(
      `CREATE TABLE "shooting_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agent_id" uuid NOT NULL, "date" date NOT NULL, "rounds" integer NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_shooting_session_rounds" CHECK (rounds BETWEEN 1 AND 1000), CONSTRAINT "pk_shooting_session" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shooting_session_agent" ON "shooting_session"  ("agent_id", "date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "matricule" text NOT NULL, "last_name" text COLLATE "fr-FR-x-icu" NOT NULL, "first_name" text COLLATE "fr-FR-x-icu" NOT NULL, "grade" text NOT NULL, "status" text NOT NULL, "brigade" text, "hire_date" date NOT NULL, "departure_date" date, "contract_ratio" numeric(3,2) NOT NULL DEFAULT '1', "phone" text, "email" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_agent_contract_ratio" CHECK (contract_ratio > 0 AND contract_ratio <= 1), CONSTRAINT "ck_agent_departure_after_hire" CHECK (departure_date IS NULL OR departure_date >= hire_date), CONSTRAINT "ck_agent_departed_has_date" CHECK (status <> 'DEPARTED' OR departure_date IS NOT NULL), CONSTRAINT "ck_agent_status" CHECK (status IN ('ACTIVE', 'IN_TRAINING', 'LONG_ABSENCE', 'DEPARTED')), CONSTRAINT "ck_agent_grade" CHECK (grade IN ('GARDIEN_BRIGADIER', 'BRIGADIER_CHEF_PRINCIPAL', 'CHEF_DE_SERVICE', 'CHEF_DE_SERVICE_PRINCIPAL_2', 'CHEF_DE_SERVICE_PRINCIPAL_1', 'DIRECTEUR', 'ASVP', 'ADMINISTRATIVE')), CONSTRAINT "pk_agent" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_agent_name" ON "agent"  ("last_name", "first_name", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agent_matricule" ON "agent"  ("matricule") `);
    await queryRunner.query(
      `CREATE TABLE "recruitment_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recruitment_id" uuid NOT NULL, "milestone" text NOT NULL, "date" date NOT NULL, "note" text, "reason" text, "recorded_by_id" uuid, "recorded_by_login" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_recruitment_milestone_exit_reason" CHECK (milestone NOT IN ('WITHDRAWN', 'REJECTED') OR reason IS NOT NULL), CONSTRAINT "ck_recruitment_milestone_kind" CHECK (milestone IN ('APPLICATION', 'INTERVIEW', 'APPOINTED', 'TRAINING_STARTED', 'PREFECT_APPROVAL', 'PROSECUTOR_APPROVAL', 'SWORN_IN', 'TRAINING_COMPLETED', 'OPERATIONAL', 'WITHDRAWN', 'REJECTED')), CONSTRAINT "pk_recruitment_milestone" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_recruitment_milestone" ON "recruitment_milestone"  ("recruitment_id", "milestone") `,
    );
    await queryRunner.query(
      `CREATE TABLE "recruitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "candidate_name" text NOT NULL, "route" text NOT NULL, "grade" text NOT NULL, "note" text, "status" text NOT NULL DEFAULT 'OPEN', "agent_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_recruitment_grade" CHECK (grade IN ('GARDIEN_BRIGADIER', 'BRIGADIER_CHEF_PRINCIPAL', 'CHEF_DE_SERVICE', 'CHEF_DE_SERVICE_PRINCIPAL_2', 'CHEF_DE_SERVICE_PRINCIPAL_1', 'DIRECTEUR', 'ASVP', 'ADMINISTRATIVE')), CONSTRAINT "ck_recruitment_status" CHECK (status IN ('OPEN', 'COMPLETED', 'WITHDRAWN', 'REJECTED')), CONSTRAINT "ck_recruitment_route" CHECK (route IN ('COMPETITIVE_EXAM', 'TRANSFER', 'SECONDMENT')), CONSTRAINT "pk_recruitment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_recruitment_status" ON "recruitment"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "staffing_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "effective_date" date NOT NULL, "headcount" integer NOT NULL, "police" integer, "asvp" integer, "administrative" integer, CONSTRAINT "ck_staffing_target_categories" CHECK (coalesce(police, 0) + coalesce(asvp, 0) + coalesce(administrative, 0) <= headcount), CONSTRAINT "ck_staffing_target_headcount" CHECK (headcount BETWEEN 0 AND 500), CONSTRAINT "pk_staffing_target" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_staffing_target_date" ON "staffing_target"  ("effective_date") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_app_user_agent" ON "app_user"  ("agent_id") WHERE agent_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "agent_qualification" ADD CONSTRAINT "fk_agent_qualification_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shooting_session" ADD CONSTRAINT "fk_shooting_session_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recruitment_milestone" ADD CONSTRAINT "fk_recruitment_milestone_recruitment" FOREIGN KEY ("recruitment_id") REFERENCES "recruitment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recruitment" ADD CONSTRAINT "fk_recruitment_agent" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Append-only history: rows are inserted, never updated nor deleted (a bug or a hand-written
    // statement through the application's role cannot rewrite it).
    await queryRunner.query(`
      CREATE FUNCTION vigie_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_recruitment_milestone_append_only BEFORE UPDATE OR DELETE ON "recruitment_milestone" FOR EACH ROW EXECUTE FUNCTION vigie_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_recruitment_milestone_append_only ON "recruitment_milestone"`);
    await queryRunner.query(`DROP FUNCTION vigie_append_only()`);
    await queryRunner.query(`ALTER TABLE "recruitment" DROP CONSTRAINT "fk_recruitment_agent"`);
    await queryRunner.query(
      `ALTER TABLE "recruitment_milestone" DROP CONSTRAINT "fk_recruitment_milestone_recruitment"`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_agent"`);
    await queryRunner.query(`ALTER TABLE "shooting_session" DROP CONSTRAINT "fk_shooting_session_agent"`);
    await queryRunner.query(
      `ALTER TABLE "agent_qualification" DROP CONSTRAINT "fk_agent_qualification_agent"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_app_user_agent"`);
    await queryRunner.query(`DROP INDEX "public"."uq_staffing_target_date"`);
    await queryRunner.query(`DROP TABLE "staffing_target"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recruitment_status"`);
    await queryRunner.query(`DROP TABLE "recruitment"`);
    await queryRunner.query(`DROP INDEX "public"."uq_recruitment_milestone"`);
    await queryRunner.query(`DROP TABLE "recruitment_milestone"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agent_matricule"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agent_name"`);
    await queryRunner.query(`DROP TABLE "agent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_shooting_session_agent"`);
    await queryRunner.query(`DROP TABLE "shooting_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agent_qualification_agent"`);
    await queryRunner.query(`DROP TABLE "agent_qualification"`);
  }
}
