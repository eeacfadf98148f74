import { MigrationInterface, QueryRunner } from 'typeorm';

/** Exactly-once creations from a phone that may send them again (issue 24 point 3). */
export class IdempotencyKeys1796550000000 implements MigrationInterface {
  name = 'IdempotencyKeys1796550000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("user_id" uuid NOT NULL, "key" uuid NOT NULL, "scope" text NOT NULL, "request_hash" text NOT NULL, "resource_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_idempotency_key" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_idempotency_key_created_at" ON "idempotency_key" ("created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_idempotency_key_created_at"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
