import { MigrationInterface, QueryRunner } from 'typeorm';

export class Migration1796276208667 implements MigrationInterface {
  name = 'Migration1796276208667';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "column_mapping" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "name_key" text NOT NULL, "kind" text NOT NULL, "definition" jsonb NOT NULL, "created_by" uuid, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b4728d0131f8c013b5cde186083" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "column_mapping_organization_name_key_uq" ON "column_mapping"  ("organization_id", "name_key") `);
    await queryRunner.query(`ALTER TABLE "import_job" ADD "mapping_id" uuid`);
    await queryRunner.query(`ALTER TABLE "import_job" ADD "mapping" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_job" DROP COLUMN "mapping"`);
    await queryRunner.query(`ALTER TABLE "import_job" DROP COLUMN "mapping_id"`);
    await queryRunner.query(`DROP INDEX "public"."column_mapping_organization_name_key_uq"`);
    await queryRunner.query(`DROP TABLE "column_mapping"`);
  }
}
