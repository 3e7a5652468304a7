import { MigrationInterface, QueryRunner } from 'typeorm';

export class Migration1796275101594 implements MigrationInterface {
  name = 'Migration1796275101594';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "import_skipped_row" ("organization_id" uuid NOT NULL, "import_job_id" uuid NOT NULL, "ordinal" integer NOT NULL, "line" integer NOT NULL, "column_number" integer NOT NULL, "message" text NOT NULL, "value" text, CONSTRAINT "PK_62627cc67b4a764c9ab2cba0525" PRIMARY KEY ("organization_id", "import_job_id", "ordinal"))`);
    await queryRunner.query(`CREATE INDEX "import_skipped_row_line_idx" ON "import_skipped_row"  ("organization_id", "import_job_id", "line", "column_number", "ordinal") `);
    await queryRunner.query(`ALTER TABLE "import_job" ADD "rows_skipped" integer NOT NULL DEFAULT '0'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_job" DROP COLUMN "rows_skipped"`);
    await queryRunner.query(`DROP INDEX "public"."import_skipped_row_line_idx"`);
    await queryRunner.query(`DROP TABLE "import_skipped_row"`);
  }
}
