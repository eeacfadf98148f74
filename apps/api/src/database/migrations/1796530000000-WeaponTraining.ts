import { MigrationInterface, QueryRunner } from 'typeorm';

/** Training with every weapon the service carries (issue 23 point 5): LBD and aerosol permits, sessions per weapon. */
export class WeaponTraining1796530000000 implements MigrationInterface {
  name = 'WeaponTraining1796530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "agent_qualification" DROP CONSTRAINT "ck_agent_qualification_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agent_qualification" ADD CONSTRAINT "ck_agent_qualification_kind" CHECK (kind IN ('FIREARM', 'BATON', 'TASER', 'LBD', 'TEAR_GAS', 'FIRST_AID', 'VIDEO_OPERATOR', 'DRIVER_CAR', 'MOTORBIKE', 'BIKE_PATROL', 'DOG_HANDLER'))`,
    );
    await queryRunner.query(`ALTER TABLE "shooting_session" ADD "weapon" text NOT NULL DEFAULT 'FIREARM'`);
    await queryRunner.query(`ALTER TABLE "shooting_session" DROP CONSTRAINT "ck_shooting_session_rounds"`);
    await queryRunner.query(
      `ALTER TABLE "shooting_session" ADD CONSTRAINT "ck_shooting_session_rounds" CHECK (rounds BETWEEN 0 AND 1000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "shooting_session" ADD CONSTRAINT "ck_shooting_session_weapon" CHECK (weapon IN ('FIREARM', 'TASER', 'LBD', 'BATON', 'TEAR_GAS'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shooting_session" DROP CONSTRAINT "ck_shooting_session_weapon"`);
    await queryRunner.query(`ALTER TABLE "shooting_session" DROP CONSTRAINT "ck_shooting_session_rounds"`);
    await queryRunner.query(
      `ALTER TABLE "shooting_session" ADD CONSTRAINT "ck_shooting_session_rounds" CHECK (rounds BETWEEN 1 AND 1000)`,
    );
    await queryRunner.query(`ALTER TABLE "shooting_session" DROP COLUMN "weapon"`);
    await queryRunner.query(
      `ALTER TABLE "agent_qualification" DROP CONSTRAINT "ck_agent_qualification_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agent_qualification" ADD CONSTRAINT "ck_agent_qualification_kind" CHECK (kind IN ('FIREARM', 'BATON', 'TASER', 'FIRST_AID', 'VIDEO_OPERATOR', 'DRIVER_CAR', 'MOTORBIKE', 'BIKE_PATROL', 'DOG_HANDLER'))`,
    );
  }
}
