import { MigrationInterface, QueryRunner } from 'typeorm';

export class Migration1795336789553 implements MigrationInterface {
  name = 'Migration1795336789553';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "request_fact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "source" text NOT NULL, "external_id" text NOT NULL, "department_id" uuid NOT NULL, "request_type" text NOT NULL, "channel" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "first_response_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution" text, "sla_met" boolean, "reopened" boolean, "handling_minutes" numeric, "import_job_id" uuid, CONSTRAINT "PK_ec758fbf571c71591fbca347574" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "request_fact_department_opened_idx" ON "request_fact"  ("organization_id", "department_id", "opened_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "request_fact_source_uq" ON "request_fact"  ("organization_id", "source", "external_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."request_fact_source_uq"`);
    await queryRunner.query(`DROP INDEX "public"."request_fact_department_opened_idx"`);
    await queryRunner.query(`DROP TABLE "request_fact"`);
  }
}
