import { MigrationInterface, QueryRunner } from 'typeorm';

export class Migration1796134305907 implements MigrationInterface {
  name = 'Migration1796134305907';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "roadmap_settings" ("organization_id" uuid NOT NULL, "max_concurrent_rollouts" integer NOT NULL DEFAULT '1', "stability_min_weekly_requests" integer NOT NULL DEFAULT '50', "stability_min_mean_deflection" numeric NOT NULL, "stability_max_std_deviation" numeric NOT NULL, "loaded_hourly_cost" numeric NOT NULL, "department_order" uuid array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1f5a5b7149bf20a58b1a728e6f5" PRIMARY KEY ("organization_id"))`);
    await queryRunner.query(`CREATE TABLE "rollout_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "department_id" uuid NOT NULL, "start_date" date NOT NULL, "business_days" boolean NOT NULL DEFAULT false, "current_phase" text NOT NULL DEFAULT 'AUDIT_AND_DESIGN', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_397f761e43921bd23ad6061b00c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "rollout_plan_department_uq" ON "rollout_plan"  ("organization_id", "department_id") `);
    await queryRunner.query(`CREATE TABLE "rollout_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "standard_key" text, "title" text NOT NULL, "phase" text NOT NULL, "owner" text, "due_date" date, "done" boolean NOT NULL DEFAULT false, "done_at" TIMESTAMP WITH TIME ZONE, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bc0b74b25d89dcdb733489e40d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "rollout_task_plan_position_idx" ON "rollout_task"  ("organization_id", "plan_id", "position") `);
    await queryRunner.query(`ALTER TABLE "roadmap_settings" ADD CONSTRAINT "FK_1f5a5b7149bf20a58b1a728e6f5" FOREIGN KEY ("organization_id") REFERENCES "organization"("organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rollout_plan" ADD CONSTRAINT "FK_bff1d486cf710127d4b9aeacb46" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rollout_task" ADD CONSTRAINT "FK_09a6decaffe8342e2d25f3c0d5c" FOREIGN KEY ("plan_id") REFERENCES "rollout_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rollout_task" DROP CONSTRAINT "FK_09a6decaffe8342e2d25f3c0d5c"`);
    await queryRunner.query(`ALTER TABLE "rollout_plan" DROP CONSTRAINT "FK_bff1d486cf710127d4b9aeacb46"`);
    await queryRunner.query(`ALTER TABLE "roadmap_settings" DROP CONSTRAINT "FK_1f5a5b7149bf20a58b1a728e6f5"`);
    await queryRunner.query(`DROP INDEX "public"."rollout_task_plan_position_idx"`);
    await queryRunner.query(`DROP TABLE "rollout_task"`);
    await queryRunner.query(`DROP INDEX "public"."rollout_plan_department_uq"`);
    await queryRunner.query(`DROP TABLE "rollout_plan"`);
    await queryRunner.query(`DROP TABLE "roadmap_settings"`);
  }
}
