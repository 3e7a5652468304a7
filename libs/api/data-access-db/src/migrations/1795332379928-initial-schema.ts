import { MigrationInterface, QueryRunner } from 'typeorm';

export class Migration1795332379928 implements MigrationInterface {
  name = 'Migration1795332379928';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_uq" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" text NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "api_token_user_idx" ON "api_token"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "api_token_token_hash_uq" ON "api_token"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "organization" ("organization_id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "time_zone" text NOT NULL DEFAULT 'UTC', "currency" character(3) NOT NULL DEFAULT 'USD', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ed1251fa3856cd1a6c98d7bcaa3" PRIMARY KEY ("organization_id"))`);
    await queryRunner.query(`CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "name_key" text NOT NULL, "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'PLANNED', "vocabulary" text, "service_owner" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "department_organization_name_key_uq" ON "department"  ("organization_id", "name_key") `);
    await queryRunner.query(`CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "membership_user_idx" ON "membership"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "membership_organization_user_uq" ON "membership"  ("organization_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "membership_department" ("membership_id" uuid NOT NULL, "department_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_ebd8268a32a508728f44327694d" PRIMARY KEY ("membership_id", "department_id"))`);
    await queryRunner.query(`CREATE INDEX "membership_department_organization_idx" ON "membership_department"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "user_session_token_hash_uq" ON "user_session"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "api_token" ADD CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "department" ADD CONSTRAINT "FK_c37a08a62f5d1774d9180a9ff38" FOREIGN KEY ("organization_id") REFERENCES "organization"("organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f" FOREIGN KEY ("organization_id") REFERENCES "organization"("organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_department" ADD CONSTRAINT "FK_283cf57c9918460468f6381434a" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_department" ADD CONSTRAINT "FK_0a67a16eb4fef5cc2ac10863bf5" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"`);
    await queryRunner.query(`ALTER TABLE "membership_department" DROP CONSTRAINT "FK_0a67a16eb4fef5cc2ac10863bf5"`);
    await queryRunner.query(`ALTER TABLE "membership_department" DROP CONSTRAINT "FK_283cf57c9918460468f6381434a"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f"`);
    await queryRunner.query(`ALTER TABLE "department" DROP CONSTRAINT "FK_c37a08a62f5d1774d9180a9ff38"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd"`);
    await queryRunner.query(`DROP INDEX "public"."user_session_token_hash_uq"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."membership_department_organization_idx"`);
    await queryRunner.query(`DROP TABLE "membership_department"`);
    await queryRunner.query(`DROP INDEX "public"."membership_organization_user_uq"`);
    await queryRunner.query(`DROP INDEX "public"."membership_user_idx"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."department_organization_name_key_uq"`);
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP INDEX "public"."api_token_token_hash_uq"`);
    await queryRunner.query(`DROP INDEX "public"."api_token_user_idx"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_email_uq"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
