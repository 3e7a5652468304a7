import { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildAllRequestRollups } from '../lib/request-rollups.sql';

export class Migration1796133711358 implements MigrationInterface {
  name = 'Migration1796133711358';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "request_day_rollup" ("organization_id" uuid NOT NULL, "department_id" uuid NOT NULL, "day" date NOT NULL, "total" integer NOT NULL, "deflected" integer NOT NULL, "no_touch" integer NOT NULL, "resolved" integer NOT NULL, "sla_met" integer NOT NULL, "sla_tracked" integer NOT NULL, "reopened" integer NOT NULL, "resolution_ms_sum" bigint NOT NULL, CONSTRAINT "PK_d88dcdc96da160b7a0e64b9b747" PRIMARY KEY ("organization_id", "department_id", "day"))`);
    await queryRunner.query(`CREATE TABLE "request_period_resolution" ("organization_id" uuid NOT NULL, "department_id" uuid NOT NULL, "grain" text NOT NULL, "period_start" date NOT NULL, "resolved" integer NOT NULL, "median_ms" bigint NOT NULL, "p90_ms" bigint NOT NULL, CONSTRAINT "PK_83822c52d1a5a88d75c3be57210" PRIMARY KEY ("organization_id", "department_id", "grain", "period_start"))`);
    await queryRunner.query(`CREATE TABLE "request_day_channel" ("organization_id" uuid NOT NULL, "department_id" uuid NOT NULL, "day" date NOT NULL, "channel" text NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_0d9b23adb964c2668604d585187" PRIMARY KEY ("organization_id", "department_id", "day", "channel"))`);
    await queryRunner.query(`CREATE TABLE "request_day_type" ("organization_id" uuid NOT NULL, "department_id" uuid NOT NULL, "day" date NOT NULL, "request_type" text NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_dd22a89c497a4f66f74090fd8d5" PRIMARY KEY ("organization_id", "department_id", "day", "request_type"))`);
    // Backfill: the rollups of the facts already stored, per organisation in its time zone.
    const organizations: { id: string; time_zone: string }[] = await queryRunner.query(
      `SELECT o.organization_id AS id, o.time_zone FROM organization o WHERE EXISTS (SELECT 1 FROM request_fact f WHERE f.organization_id = o.organization_id)`,
    );
    for (const { id, time_zone } of organizations) {
      await rebuildAllRequestRollups((sql, parameters) => queryRunner.query(sql, parameters), { organizationId: id, timeZone: time_zone });
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "request_day_type"`);
    await queryRunner.query(`DROP TABLE "request_day_channel"`);
    await queryRunner.query(`DROP TABLE "request_period_resolution"`);
    await queryRunner.query(`DROP TABLE "request_day_rollup"`);
  }
}
