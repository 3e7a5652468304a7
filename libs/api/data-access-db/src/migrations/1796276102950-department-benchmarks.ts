import { MigrationInterface, QueryRunner } from 'typeorm';

export class Migration1796276102950 implements MigrationInterface {
  name = 'Migration1796276102950';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "department_benchmark" ("organization_id" uuid NOT NULL, "department_id" uuid NOT NULL, "deflection_benchmark" numeric NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "department_benchmark_range_check" CHECK ("deflection_benchmark" > 0 AND "deflection_benchmark" <= 1), CONSTRAINT "PK_f301617f481c993fc801c01de7d" PRIMARY KEY ("organization_id", "department_id"))`);
    await queryRunner.query(`ALTER TABLE "department_benchmark" ADD CONSTRAINT "FK_0ac6878571c45c933d9d399ba03" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "department_benchmark" DROP CONSTRAINT "FK_0ac6878571c45c933d9d399ba03"`);
    await queryRunner.query(`DROP TABLE "department_benchmark"`);
  }
}
