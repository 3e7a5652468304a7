import { MigrationInterface, QueryRunner } from 'typeorm';

export class Migration1796275282523 implements MigrationInterface {
  name = 'Migration1796275282523';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit" ADD "source" text NOT NULL DEFAULT 'AUDIT'`);
    await queryRunner.query(`ALTER TABLE "audit" ADD "median_first_response_hours" numeric`);
    await queryRunner.query(`ALTER TABLE "audit" ADD "p90_first_response_hours" numeric`);
    await queryRunner.query(`ALTER TABLE "audit_row" ADD "requests_with_handling_minutes" integer`);
    await queryRunner.query(`ALTER TABLE "audit_row" ADD "requests_with_first_response_hours" integer`);
    await queryRunner.query(`ALTER TABLE "audit" ADD CONSTRAINT "audit_source_check" CHECK ("source" IN ('AUDIT', 'REQUESTS'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit" DROP CONSTRAINT "audit_source_check"`);
    await queryRunner.query(`ALTER TABLE "audit_row" DROP COLUMN "requests_with_first_response_hours"`);
    await queryRunner.query(`ALTER TABLE "audit_row" DROP COLUMN "requests_with_handling_minutes"`);
    await queryRunner.query(`ALTER TABLE "audit" DROP COLUMN "p90_first_response_hours"`);
    await queryRunner.query(`ALTER TABLE "audit" DROP COLUMN "median_first_response_hours"`);
    await queryRunner.query(`ALTER TABLE "audit" DROP COLUMN "source"`);
  }
}
