import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  pendingSchemaChanges,
} from '@esm-planner/api-data-access-db';
import {
  createScratchDatabase,
  ScratchDatabase,
} from '../support/scratch-database';

// The migration that partitions request_fact by month.
const PARTITION_MIGRATION = 'Migration1796314002158';

const KIND = `SELECT relkind::text AS kind FROM pg_class WHERE oid = 'request_fact'::regclass`;
const DIGEST = `SELECT count(*)::int AS rows, md5(string_agg(f::text, '|' ORDER BY f::text)) AS digest FROM request_fact f`;
const PER_PARTITION = `SELECT tableoid::regclass::text AS partition, count(*)::int AS rows FROM request_fact GROUP BY 1 ORDER BY 1`;
const INDEXES = `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'request_fact' ORDER BY 1`;

// Two organisations' requests over three UTC months, one on each side of
// a month's edge, written straight into the unpartitioned table.
const SEED = `
  INSERT INTO request_fact (organization_id, source, external_id, department_id, request_type, channel, opened_at, resolved_at, resolution, handling_minutes, import_job_id)
  SELECT org, 'GENERIC', 'R' || n, gen_random_uuid(), 'VPN access', 'EMAIL',
         timestamptz '2025-12-01 00:00:00+00' + (n * interval '137 minutes') - interval '1 second',
         NULL, NULL, n * 0.5, NULL
    FROM unnest(ARRAY['6f1d1b9e-0000-4000-8000-000000000001', '6f1d1b9e-0000-4000-8000-000000000002']::uuid[]) org,
         generate_series(0, 1000) n`;

/**
 * A database whose request_fact holds rows under the unpartitioned schema
 * goes through the partitioning migration: every row moves, unchanged, into
 * its month's partition; and back again when it is undone.
 */
describe('the request facts by month migration', () => {
  let database: ScratchDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createScratchDatabase('partition_migration');
    dataSource = new DataSource(dataSourceOptions({ url: database.url }));
    await dataSource.initialize();
    await dataSource.runMigrations();
  }, 120_000);
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('moves every existing row into its month, and back when undone', async () => {
    const [last] = await dataSource.query(
      'SELECT name FROM typeorm_migration ORDER BY id DESC LIMIT 1',
    );
    expect(last.name).toBe(PARTITION_MIGRATION);
    await dataSource.undoLastMigration();
    expect(await dataSource.query(KIND)).toEqual([{ kind: 'r' }]);
    await dataSource.query(SEED);
    const [before] = await dataSource.query(DIGEST);
    const indexesBefore = await dataSource.query(INDEXES);
    expect(before.rows).toBe(2002);

    await dataSource.runMigrations();
    expect(await dataSource.query(KIND)).toEqual([{ kind: 'p' }]);
    expect(await dataSource.query(DIGEST)).toEqual([before]);
    // Per organisation, request n opens n × 137 minutes after one second
    // before December: n = 0 in November; December's 44,640 minutes hold
    // n = 1…325, January's next 44,640 n = 326…651, February's 40,320
    // n = 652…945, and March n = 946…1000.
    expect(await dataSource.query(PER_PARTITION)).toEqual([
      { partition: 'request_fact_p2025_11', rows: 2 },
      { partition: 'request_fact_p2025_12', rows: 650 },
      { partition: 'request_fact_p2026_01', rows: 652 },
      { partition: 'request_fact_p2026_02', rows: 588 },
      { partition: 'request_fact_p2026_03', rows: 110 },
    ]);
    const [primaryKey] = await dataSource.query(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'request_fact'::regclass AND contype = 'p'`,
    );
    expect(primaryKey.def).toBe('PRIMARY KEY (organization_id, id, opened_at)');
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);

    await dataSource.undoLastMigration();
    expect(await dataSource.query(KIND)).toEqual([{ kind: 'r' }]);
    expect(await dataSource.query(DIGEST)).toEqual([before]);
    expect(await dataSource.query(INDEXES)).toEqual(indexesBefore);
    await dataSource.runMigrations();
    expect(await dataSource.query(DIGEST)).toEqual([before]);
  });
});
