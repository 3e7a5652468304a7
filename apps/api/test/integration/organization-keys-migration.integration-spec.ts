import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  pendingSchemaChanges,
} from '@esm-planner/api-data-access-db';
import { buildMatrixWorld } from '../support/access-matrix/matrix-world';
import { fingerprintReader } from '../support/database-fingerprint';
import {
  createScratchDatabase,
  ScratchDatabase,
} from '../support/scratch-database';
import { startTestApi } from '../support/test-api';

// The migration that put organization_id first in every key (the one
// partitioning request facts by month, which follows, is undone and redone
// with it).
const KEYS_MIGRATION = 'Migration1796302415606';

const PRIMARY_KEY_OF = (table: string) => `
  SELECT array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS columns
  FROM pg_constraint c WHERE c.conrelid = '${table}'::regclass AND c.contype = 'p'`;

/** Every table's rows, but TypeORM's list of applied migrations, which this test rewrites. */
async function readData(
  fingerprint: Awaited<ReturnType<typeof fingerprintReader>>,
): Promise<Record<string, string>> {
  const { typeorm_migration: _migrations, ...data } = await fingerprint.read();
  return data;
}

/** Undoes the migrations after the keys migration (request facts by month), then it. */
async function undoKeysMigration(dataSource: DataSource): Promise<void> {
  for (;;) {
    const [last] = await dataSource.query(
      'SELECT name FROM typeorm_migration ORDER BY id DESC LIMIT 1',
    );
    await dataSource.undoLastMigration();
    if (last.name === KEYS_MIGRATION) return;
  }
}

const COUNTS_SQL = (tables: string[]) =>
  tables
    .map(
      (table) =>
        `SELECT '${table}' AS name, count(*)::int AS rows FROM "${table}"`,
    )
    .join(' UNION ALL ');

/**
 * A database holding an organisation's data under the previous keys (two
 * organisations built through the API — people, departments, imported
 * requests and weeks, audits, plans and tasks, business cases — then the
 * keys migration undone) goes through the keys migration with every row
 * of every table as it was.
 */
describe('the organisation keys migration', () => {
  let database: ScratchDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createScratchDatabase('keys_migration');
    const api = await startTestApi({ DATABASE_URL: database.url });
    try {
      await buildMatrixWorld(api);
    } finally {
      await api.close();
    }
    dataSource = new DataSource(dataSourceOptions({ url: database.url }));
    await dataSource.initialize();
  }, 300_000);
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('keeps every row of a database written under the previous keys', async () => {
    await undoKeysMigration(dataSource);
    // The previous schema: a department was keyed by its id alone.
    expect(
      (await dataSource.query(PRIMARY_KEY_OF('department')))[0].columns,
    ).toEqual(['id']);

    const fingerprint = await fingerprintReader(database.url);
    try {
      const before = await readData(fingerprint);
      const tables = Object.keys(before);
      const counts = await dataSource.query(COUNTS_SQL(tables));
      const filled = counts
        .filter((row: { rows: number }) => row.rows > 0)
        .map((row: { name: string }) => row.name);
      // The tables whose keys change most hold rows, so the test moves real data.
      expect(filled).toEqual(
        expect.arrayContaining([
          'department',
          'membership',
          'membership_department',
          'request_fact',
          'import_job',
          'weekly_metric',
          'rollout_plan',
          'rollout_task',
          'business_case',
          'business_case_version',
        ]),
      );

      await dataSource.runMigrations();
      expect(await readData(fingerprint)).toEqual(before);
      expect(await dataSource.query(COUNTS_SQL(tables))).toEqual(counts);
      expect(
        (await dataSource.query(PRIMARY_KEY_OF('department')))[0].columns,
      ).toEqual(['organization_id', 'id']);
      expect(
        (await dataSource.query(PRIMARY_KEY_OF('request_fact')))[0].columns,
      ).toEqual(['organization_id', 'id', 'opened_at']);
      expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    } finally {
      await fingerprint.close();
    }
  });

  it('stops before changing anything when a row belongs to another organisation than its parent', async () => {
    await undoKeysMigration(dataSource);
    const [plan] = await dataSource.query(
      'SELECT id, organization_id FROM rollout_plan LIMIT 1',
    );
    const [other] = await dataSource.query(
      'SELECT organization_id FROM organization WHERE organization_id <> $1 LIMIT 1',
      [plan.organization_id],
    );
    const [task] = await dataSource.query(
      'SELECT id FROM rollout_task WHERE plan_id = $1 LIMIT 1',
      [plan.id],
    );
    await dataSource.query(
      'UPDATE rollout_task SET organization_id = $1 WHERE id = $2',
      [other.organization_id, task.id],
    );
    await expect(dataSource.runMigrations()).rejects.toThrow(
      /rows of rollout_task belong to another organisation than their rollout_plan \(plan_id\)/,
    );
    expect(
      (await dataSource.query(PRIMARY_KEY_OF('department')))[0].columns,
    ).toEqual(['id']);

    await dataSource.query(
      'UPDATE rollout_task SET organization_id = $1 WHERE id = $2',
      [plan.organization_id, task.id],
    );
    await dataSource.runMigrations();
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });
});
