import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@esm-planner/api-data-access-db';
import { REFERENCE_TABLES } from '../support/organization-statements';
import {
  createScratchDatabase,
  ScratchDatabase,
} from '../support/scratch-database';

/**
 * Citus-ready keys (quality.md "Scale beyond one machine", docs/scaling.md):
 * every table but the instance-level reference tables is an organisation's,
 * keyed and referenced by organization_id first, and every statement the
 * API sends to one names the organisation, so Citus could route it to the
 * organisation's shard without a change of query.
 */

type KeyRow = {
  table_name: string;
  kind: string;
  columns: string[];
  referenced_table: string | null;
  referenced_columns: string[] | null;
};

// Every primary key, unique constraint, unique index and foreign key of the public schema.
const KEYS_SQL = `
  SELECT c.conrelid::regclass::text AS table_name, c.contype::text AS kind,
         array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS columns,
         c.confrelid::regclass::text AS referenced_table,
         array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS referenced_columns
  FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
  WHERE n.nspname = 'public' AND c.contype IN ('p', 'u', 'f')
  UNION ALL
  SELECT i.indrelid::regclass::text, 'unique index',
         array(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.o)::text[],
         NULL, NULL
  FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
  WHERE n.nspname = 'public' AND i.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`;

async function publicTables(
  query: (sql: string) => Promise<{ table_name: string }[]>,
): Promise<string[]> {
  const rows = await query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe('organisation keys', () => {
  let database: ScratchDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createScratchDatabase('keys');
    dataSource = new DataSource(dataSourceOptions({ url: database.url }));
    await dataSource.initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('lead with organization_id in every primary and unique key of every table but the reference tables', async () => {
    const tables = await publicTables((sql) => dataSource.query(sql));
    const keys: KeyRow[] = await dataSource.query(KEYS_SQL);
    const organisationTables = tables.filter(
      (table) => !REFERENCE_TABLES.includes(table),
    );
    expect(tables.filter((table) => REFERENCE_TABLES.includes(table))).toEqual(
      REFERENCE_TABLES,
    );
    const withoutPrimaryKey = organisationTables.filter(
      (table) =>
        !keys.some((key) => key.table_name === table && key.kind === 'p'),
    );
    const notLeading = keys
      .filter(
        (key) =>
          organisationTables.includes(key.table_name) &&
          key.kind !== 'f' &&
          key.columns[0] !== 'organization_id',
      )
      .map(
        (key) => `${key.table_name} ${key.kind} (${key.columns.join(', ')})`,
      );
    expect({ withoutPrimaryKey, notLeading }).toEqual({
      withoutPrimaryKey: [],
      notLeading: [],
    });
  });

  it('reference one organisation table from another through (organization_id, …), so rows stay with their organisation', async () => {
    const keys: KeyRow[] = await dataSource.query(KEYS_SQL);
    const foreignKeys = keys.filter(
      (key) =>
        key.kind === 'f' &&
        !REFERENCE_TABLES.includes(key.table_name) &&
        !REFERENCE_TABLES.includes(key.referenced_table!),
    );
    expect(foreignKeys.length).toBeGreaterThan(10);
    const notColocated = foreignKeys
      .filter(
        (key) =>
          key.columns[0] !== 'organization_id' ||
          key.referenced_columns![0] !== 'organization_id',
      )
      .map(
        (key) =>
          `${key.table_name} (${key.columns.join(', ')}) → ${key.referenced_table} (${key.referenced_columns!.join(', ')})`,
      );
    expect(notColocated).toEqual([]);
  });
});
