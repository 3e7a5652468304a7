import { MigrationInterface, QueryRunner } from 'typeorm';

export class Migration1796288726228 implements MigrationInterface {
  name = 'Migration1796288726228';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rollout_plan" ADD "allow_over_capacity" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rollout_plan" DROP COLUMN "allow_over_capacity"`);
  }
}
