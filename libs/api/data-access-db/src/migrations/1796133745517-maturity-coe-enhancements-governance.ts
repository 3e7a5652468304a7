import { MigrationInterface, QueryRunner } from 'typeorm';

export class Migration1796133745517 implements MigrationInterface {
  name = 'Migration1796133745517';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "coe_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "role" text NOT NULL, "assignee" text NOT NULL, "assignee_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_480369cd376c0803a93c1a20cb0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "coe_assignment_uq" ON "coe_assignment"  ("organization_id", "role", "assignee_key") `);
    await queryRunner.query(`CREATE TABLE "enhancement_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "department_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "value" integer NOT NULL, "effort" integer NOT NULL, "status" text NOT NULL DEFAULT 'NEW', "decline_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0e7a7705b0012e71b2cf25fd7e9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "enhancement_request_organization_idx" ON "enhancement_request"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "maturity_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "department_id" uuid, "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answers" jsonb NOT NULL, "dimension_scores" jsonb NOT NULL, "overall_score" numeric NOT NULL, "stage" integer NOT NULL, "disagreements" jsonb NOT NULL DEFAULT '[]', "assessed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bb12f9d0b903ff30f18003b0ae" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "maturity_assessment_scope_idx" ON "maturity_assessment"  ("organization_id", "department_id", "assessed_at") `);
    await queryRunner.query(`ALTER TABLE "organization" ADD "executive_sponsor" text`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "steering_group" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "enhancement_request" ADD CONSTRAINT "FK_356aae647639126c72b09d4a64e" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" ADD CONSTRAINT "FK_4aad3fcc472fd75ff6d963eb31d" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "maturity_assessment" DROP CONSTRAINT "FK_4aad3fcc472fd75ff6d963eb31d"`);
    await queryRunner.query(`ALTER TABLE "enhancement_request" DROP CONSTRAINT "FK_356aae647639126c72b09d4a64e"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "steering_group"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "executive_sponsor"`);
    await queryRunner.query(`DROP INDEX "public"."maturity_assessment_scope_idx"`);
    await queryRunner.query(`DROP TABLE "maturity_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."enhancement_request_organization_idx"`);
    await queryRunner.query(`DROP TABLE "enhancement_request"`);
    await queryRunner.query(`DROP INDEX "public"."coe_assignment_uq"`);
    await queryRunner.query(`DROP TABLE "coe_assignment"`);
  }
}
