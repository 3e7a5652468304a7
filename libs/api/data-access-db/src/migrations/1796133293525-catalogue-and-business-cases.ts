import { MigrationInterface, QueryRunner } from 'typeorm';

export class Migration1796133293525 implements MigrationInterface {
  name = 'Migration1796133293525';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "business_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2ee763423fef356f27140f97a30" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "business_case_organization_idx" ON "business_case"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "business_case_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "business_case_id" uuid NOT NULL, "version" integer NOT NULL, "input" jsonb NOT NULL, "saved_by" uuid, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7a29e6468947d3dddd9ff25ddcb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "business_case_version_uq" ON "business_case_version"  ("organization_id", "business_case_id", "version") `);
    await queryRunner.query(`CREATE TABLE "catalog_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "department_id" uuid NOT NULL, "name" text NOT NULL, "name_key" text NOT NULL, "owner" text, "sla_target_hours" numeric, "fulfilment_mode" text, "request_types" text array NOT NULL DEFAULT '{}', "process_reviewed" boolean NOT NULL DEFAULT false, "last_reviewed_at" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8996a1f608499554f35bec8601e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "catalog_item_department_name_uq" ON "catalog_item"  ("organization_id", "department_id", "name_key") `);
    await queryRunner.query(`ALTER TABLE "business_case_version" ADD CONSTRAINT "FK_d784a2bbd244cf2c3aecb93925c" FOREIGN KEY ("business_case_id") REFERENCES "business_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "catalog_item" ADD CONSTRAINT "FK_0ab6b0964f84fb9cbe5b421a8b3" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "catalog_item" DROP CONSTRAINT "FK_0ab6b0964f84fb9cbe5b421a8b3"`);
    await queryRunner.query(`ALTER TABLE "business_case_version" DROP CONSTRAINT "FK_d784a2bbd244cf2c3aecb93925c"`);
    await queryRunner.query(`DROP INDEX "public"."catalog_item_department_name_uq"`);
    await queryRunner.query(`DROP TABLE "catalog_item"`);
    await queryRunner.query(`DROP INDEX "public"."business_case_version_uq"`);
    await queryRunner.query(`DROP TABLE "business_case_version"`);
    await queryRunner.query(`DROP INDEX "public"."business_case_organization_idx"`);
    await queryRunner.query(`DROP TABLE "business_case"`);
  }
}
