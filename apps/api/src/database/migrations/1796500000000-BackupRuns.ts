import { MigrationInterface, QueryRunner } from 'typeorm';

/** Backups (issue 27): each attempt, for the dashboard's « last backup » and its warning. */
export class BackupRuns1796500000000 implements MigrationInterface {
  name = 'BackupRuns1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "backup_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ok" boolean NOT NULL, "trigger" text NOT NULL, "archive" text, "bytes" bigint, "encrypted" boolean NOT NULL DEFAULT false, "error" text, CONSTRAINT "pk_backup_run" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_backup_run_started_at" ON "backup_run" ("started_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_backup_run_started_at"`);
    await queryRunner.query(`DROP TABLE "backup_run"`);
  }
}
