import { MigrationInterface, QueryRunner } from 'typeorm';

export class Migration1795333548322 implements MigrationInterface {
  name = 'Migration1795333548322';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "department_id" uuid NOT NULL, "window_start" date NOT NULL, "window_end" date NOT NULL, "import_job_id" uuid, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1d3d120ddaf7bc9b1ed68ed463a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_department_window_uq" ON "audit"  ("organization_id", "department_id", "window_start", "window_end") `);
    await queryRunner.query(`CREATE TABLE "audit_row" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "audit_id" uuid NOT NULL, "request_type" text NOT NULL, "channel" text NOT NULL, "count" integer NOT NULL, "avg_handling_minutes" numeric, "avg_first_response_hours" numeric, CONSTRAINT "PK_97e20816f95570bd32649e031df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_row_audit_idx" ON "audit_row"  ("organization_id", "audit_id") `);
    await queryRunner.query(`CREATE TABLE "import_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" text NOT NULL, "format" text NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "file_name" text, "options" jsonb NOT NULL DEFAULT '{}', "created_by" uuid, "bytes_total" bigint, "bytes_read" bigint NOT NULL DEFAULT '0', "rows_read" integer NOT NULL DEFAULT '0', "rows_stored" integer NOT NULL DEFAULT '0', "rows_duplicate" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "errors" jsonb NOT NULL DEFAULT '[]', "mapped_to_other" jsonb NOT NULL DEFAULT '[]', "message" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "heartbeat_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "import_job_status_idx" ON "import_job"  ("status") `);
    await queryRunner.query(`CREATE INDEX "import_job_organization_created_idx" ON "import_job"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "weekly_metric" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "department_id" uuid NOT NULL, "week_start" date NOT NULL, "total" integer NOT NULL, "deflected" integer NOT NULL, "no_touch" integer, "resolved" integer, "sla_met" integer, "sla_tracked" integer, "mean_resolution_hours" numeric, "import_job_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d20b59362d1b37faa2aefa30030" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "weekly_metric_department_week_uq" ON "weekly_metric"  ("organization_id", "department_id", "week_start") `);
    await queryRunner.query(`ALTER TABLE "audit" ADD CONSTRAINT "FK_bcc8056d53b5553538d0d71621c" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_row" ADD CONSTRAINT "FK_14d179c9f385054378d2c9f3b88" FOREIGN KEY ("audit_id") REFERENCES "audit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "weekly_metric" ADD CONSTRAINT "FK_0e62a6ebb5c35660a3d63d79ef8" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "weekly_metric" DROP CONSTRAINT "FK_0e62a6ebb5c35660a3d63d79ef8"`);
    await queryRunner.query(`ALTER TABLE "audit_row" DROP CONSTRAINT "FK_14d179c9f385054378d2c9f3b88"`);
    await queryRunner.query(`ALTER TABLE "audit" DROP CONSTRAINT "FK_bcc8056d53b5553538d0d71621c"`);
    await queryRunner.query(`DROP INDEX "public"."weekly_metric_department_week_uq"`);
    await queryRunner.query(`DROP TABLE "weekly_metric"`);
    await queryRunner.query(`DROP INDEX "public"."import_job_organization_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."import_job_status_idx"`);
    await queryRunner.query(`DROP TABLE "import_job"`);
    await queryRunner.query(`DROP INDEX "public"."audit_row_audit_idx"`);
    await queryRunner.query(`DROP TABLE "audit_row"`);
    await queryRunner.query(`DROP INDEX "public"."audit_department_window_uq"`);
    await queryRunner.query(`DROP TABLE "audit"`);
  }
}
