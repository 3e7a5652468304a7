import { MigrationInterface, QueryRunner } from 'typeorm';

export class Migration1796281350577 implements MigrationInterface {
  name = 'Migration1796281350577';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rollup_rebuild_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "time_zone" text NOT NULL, "previous_time_zone" text NOT NULL, "months_total" integer, "months_done" integer NOT NULL DEFAULT '0', "message" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_11d9a65d1a06f4b661381d442fa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "rollup_rebuild_job_status_idx" ON "rollup_rebuild_job"  ("status") `);
    await queryRunner.query(`CREATE INDEX "rollup_rebuild_job_organization_created_idx" ON "rollup_rebuild_job"  ("organization_id", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."rollup_rebuild_job_organization_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."rollup_rebuild_job_status_idx"`);
    await queryRunner.query(`DROP TABLE "rollup_rebuild_job"`);
  }
}
