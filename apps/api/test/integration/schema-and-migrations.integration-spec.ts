import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  pendingSchemaChanges,
} from '@esm-planner/api-data-access-db';
import { REFERENCE_TABLES } from '../support/organization-statements';
import { startTestApi } from '../support/test-api';

// Instance-level tables (a person, their logins and tokens, TypeORM's own
// bookkeeping) are shared by all organisations: docs/architecture.md and
// docs/scaling.md (the reference tables).
const INSTANCE_TABLES = REFERENCE_TABLES;

function databaseUrl(name: string): string {
  const url = new URL(process.env.TEST_SERVER_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

describe('the committed schema', () => {
  it('is exactly the schema the running server serves', async () => {
    const api = await startTestApi();
    try {
      const { schema } = api.running.app.get(GraphQLSchemaHost);
      const committed = readFileSync(
        join(__dirname, '../../schema.gql'),
        'utf8',
      );
      expect(committed.replace(/^#.*\n\n/, '')).toBe(
        `${printSchema(lexicographicSortSchema(schema))}\n`,
      );
    } finally {
      await api.close();
    }
  });
});

describe('migrations', () => {
  const name = `esm_planner_migrations_${Date.now()}`;
  let admin: Client;
  let dataSource: DataSource;

  beforeAll(async () => {
    admin = new Client({ connectionString: process.env.TEST_SERVER_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    dataSource = new DataSource(dataSourceOptions({ url: databaseUrl(name) }));
    await dataSource.initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('leave nothing for the entities to change (no entity without its migration)', async () => {
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('give every tenant table an organization_id', async () => {
    const rows: { table_name: string; has_org: boolean }[] =
      await dataSource.query(`
      SELECT t.table_name,
             EXISTS (SELECT 1 FROM information_schema.columns c
                     WHERE c.table_schema = 'public' AND c.table_name = t.table_name
                       AND c.column_name = 'organization_id' AND c.is_nullable = 'NO') AS has_org
      FROM information_schema.tables t
      WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'`);
    const missing = rows
      .filter((row) => !row.has_org)
      .map((row) => row.table_name)
      .sort();
    expect(missing).toEqual([...INSTANCE_TABLES].sort());
  });

  it('can be undone to an empty schema and applied again', async () => {
    while (
      (
        await dataSource.query(
          'SELECT count(*)::int AS n FROM typeorm_migration',
        )
      )[0].n > 0
    ) {
      await dataSource.undoLastMigration();
    }
    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migration'`,
    );
    expect(tables).toEqual([]);
    await dataSource.runMigrations();
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });
});
