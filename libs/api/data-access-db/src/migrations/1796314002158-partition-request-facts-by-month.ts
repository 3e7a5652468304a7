import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = `"id", "organization_id", "source", "external_id", "department_id", "request_type", "channel", "opened_at", "first_response_at", "resolved_at", "resolution", "sla_met", "reopened", "handling_minutes", "import_job_id"`;

/**
 * request_fact becomes PARTITION BY RANGE (opened_at), one partition per
 * calendar month in UTC named request_fact_pYYYY_MM (decision 0024,
 * docs/scaling.md). Every existing row moves into its month's partition:
 * the old table is renamed, the partitioned one made LIKE it (same columns
 * in the same order), a partition made for each month its rows have, the
 * rows copied and the keys built once over the copied rows (faster than
 * maintaining them row by row), then the old table dropped. A partitioned
 * table's unique keys must hold the partition key: the primary key becomes
 * (organization_id, id, opened_at), and the unique index on (organization_id,
 * source, external_id) a plain one — the importer keeps the external id
 * unique under its merge lock. No foreign key references request_fact.
 */
export class Migration1796314002158 implements MigrationInterface {
  name = 'Migration1796314002158';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "request_fact" RENAME TO "request_fact_unpartitioned"`);
    await queryRunner.query(`CREATE TABLE "request_fact" (LIKE "request_fact_unpartitioned" INCLUDING DEFAULTS) PARTITION BY RANGE ("opened_at")`);
    const months: { month: string; next: string }[] = await queryRunner.query(
      `SELECT to_char(m, 'YYYY-MM-DD') AS month, to_char(m + interval '1 month', 'YYYY-MM-DD') AS next
         FROM (SELECT DISTINCT date_trunc('month', opened_at, 'UTC') AT TIME ZONE 'UTC' AS m FROM "request_fact_unpartitioned") months ORDER BY 1`,
    );
    for (const { month, next } of months) {
      await queryRunner.query(
        `CREATE TABLE "request_fact_p${month.slice(0, 4)}_${month.slice(5, 7)}" PARTITION OF "request_fact" FOR VALUES FROM ('${month} 00:00:00+00') TO ('${next} 00:00:00+00')`,
      );
    }
    await queryRunner.query(`INSERT INTO "request_fact" (${COLUMNS}) SELECT ${COLUMNS} FROM "request_fact_unpartitioned"`);
    await queryRunner.query(`DROP TABLE "request_fact_unpartitioned"`);
    await queryRunner.query(`ALTER TABLE "request_fact" ADD CONSTRAINT "PK_e0ea187c8242583b7ef0959bcc1" PRIMARY KEY ("organization_id", "id", "opened_at")`);
    await queryRunner.query(`CREATE INDEX "request_fact_department_opened_idx" ON "request_fact"  ("organization_id", "department_id", "opened_at") `);
    await queryRunner.query(`CREATE INDEX "request_fact_source_idx" ON "request_fact"  ("organization_id", "source", "external_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "request_fact" RENAME TO "request_fact_partitioned"`);
    await queryRunner.query(`CREATE TABLE "request_fact" (LIKE "request_fact_partitioned" INCLUDING DEFAULTS)`);
    await queryRunner.query(`INSERT INTO "request_fact" (${COLUMNS}) SELECT ${COLUMNS} FROM "request_fact_partitioned"`);
    // Its partitions go with it (detached months are plain tables by then, and stay).
    await queryRunner.query(`DROP TABLE "request_fact_partitioned"`);
    await queryRunner.query(`ALTER TABLE "request_fact" ADD CONSTRAINT "PK_22869b8250460c09b7bde0f2e3d" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`CREATE INDEX "request_fact_department_opened_idx" ON "request_fact"  ("organization_id", "department_id", "opened_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "request_fact_source_uq" ON "request_fact"  ("organization_id", "source", "external_id") `);
  }
}
