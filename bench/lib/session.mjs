// One benchmark session: a fresh database and a fresh API process on it,
// an organisation (UTC) with IT, HR and FINANCE; all removed afterwards.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import {
  freePort,
  graphqlClient,
  startApi,
  stopApi,
  waitForHealth,
} from './api.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');

export const DEPARTMENT_NAMES = ['IT', 'HR', 'FINANCE'];

export async function withSession(
  { root, pgConfig, admin, name, work, log },
  fn,
) {
  const database = `esm_bench_${name}_${process.pid}`;
  const databaseUrl = `postgres://${pgConfig.user}@${pgConfig.host}:${pgConfig.port}/${database}`;
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${database}"`);
  let api = null;
  let db = null;
  try {
    const port = await freePort();
    const token = randomBytes(32).toString('hex');
    const base = `http://127.0.0.1:${port}`;
    const sqlTraceFile = join(work, `sql-trace-${name}.json`);
    api = startApi({
      root,
      databaseUrl,
      port,
      adminToken: token,
      storageDir: join(work, `imports-${name}`),
      sqlTraceFile,
    });
    await waitForHealth(base, api);
    log(`Database ${database}, API on ${base} (pid ${api.child.pid}).`);
    const graphql = graphqlClient(base, token);
    const { createOrganization: org } = await graphql(
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      {
        input: { name: 'Bench Org', timeZone: 'UTC', currency: 'USD' },
      },
    );
    const departments = {};
    for (const kind of DEPARTMENT_NAMES) {
      const { createDepartment } = await graphql(
        'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }',
        {
          input: { organizationId: org.id, name: kind, kind },
        },
      );
      departments[kind] = createDepartment.id;
    }
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    return await fn({
      api,
      base,
      token,
      graphql,
      db,
      database,
      organizationId: org.id,
      departments,
      sqlTraceFile,
    });
  } finally {
    await db?.end().catch(() => {});
    await stopApi(api).catch(() => {});
    await admin
      .query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      .catch((error) => log(`Could not drop ${database}: ${error.message}`));
  }
}

/** Table and index bytes of the request tables, for docs/scaling.md. */
export async function storageFigures(db) {
  // request_fact is partitioned by month: its figures are its partitions' sums.
  const { rows } = await db.query(
    `SELECT c.relname AS table, sum(greatest(p.reltuples, 0))::bigint AS rows, sum(pg_table_size(p.oid)) AS table_bytes, sum(pg_indexes_size(p.oid)) AS index_bytes
       FROM pg_class c JOIN pg_class p ON (p.oid = c.oid AND c.relkind = 'r') OR p.oid IN (SELECT relid FROM pg_partition_tree(c.oid) WHERE isleaf)
      WHERE c.relname IN ('request_fact', 'request_day_rollup', 'request_day_channel', 'request_day_type', 'request_period_resolution')
      GROUP BY c.relname ORDER BY c.relname`,
  );
  return rows.map((r) => ({
    table: r.table,
    rows: Number(r.rows),
    tableBytes: Number(r.table_bytes),
    indexBytes: Number(r.index_bytes),
  }));
}
