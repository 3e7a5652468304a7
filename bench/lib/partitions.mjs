// The scale step of request facts partitioned by month (docs/scaling.md,
// decision 0024): `node bench/run.mjs --partitions 100000000`. Not in CI and
// not in the default run: 100 M rows take ~40 GB with their indexes and
// most of an hour. It measures, against the targets of quality.md:
//   - a new month's 1 M-row import on an empty database, then the same file
//     into the same organisation and source holding N facts of 13 earlier
//     months (generated in SQL) — the ratio of the two;
//   - the department dashboard query at N facts (rollups rebuilt from them);
//   - detaching the month a year before the new one;
//   - bytes per row, per partition and per rollup table.
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { startImportMultipart } from './api.mjs';
import { generateCsv } from './generate.mjs';
import { round, timed } from './stats.mjs';

const require = createRequire(import.meta.url);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const PARTITION_TARGETS = {
  dashboardP95Ms: 10,
  newMonthImportRatio: 1.1,
  detachMs: 1000,
};

// History: 13 months before the new month (August 2026), so the month a
// year before it (August 2025) is there to detach, and the dashboard's 26
// weeks from 2026-01-05 are inside.
const HISTORY_FIRST = '2025-07-01';
const MONTHS = 13;
const NEW_MONTH = Date.parse('2026-08-01T00:00:00Z');
const NEW_MONTH_MS = 31 * 86_400_000;
const YEAR_OLD = 'request_fact_p2025_08';

/** One month of facts in SQL: $1 org, $2 departments, $3 first instant, $4 seconds in it, $5 rows, $6 id offset. */
const GENERATE_MONTH_SQL = `
INSERT INTO request_fact (organization_id, source, external_id, department_id, request_type, channel, opened_at, first_response_at,
                          resolved_at, resolution, sla_met, reopened, handling_minutes)
SELECT $1, 'GENERIC', 'GEN-' || ($6::bigint + i), ($2::uuid[])[1 + (i % 3)],
       (ARRAY['Password reset','Access request','Hardware issue','Software install','VPN problem','Payroll question','Leave request','Expense claim','Invoice query','Onboarding'])[1 + (i % 10)],
       (ARRAY['PORTAL','EMAIL','CHAT','PHONE','VIRTUAL_AGENT'])[1 + (i % 5)],
       opened, opened + interval '30 minutes',
       CASE WHEN r < 0.95 THEN opened + make_interval(secs => round((300 + random() * 72000)::numeric, 3)::float8) END,
       CASE WHEN r >= 0.95 THEN 'UNRESOLVED' WHEN r < 0.19 THEN 'DEFLECTED' WHEN r < 0.285 THEN 'NO_TOUCH' ELSE 'AGENT' END,
       CASE WHEN r2 < 0.1 THEN NULL ELSE r2 < 0.85 END, r < 0.95 AND r2 < 0.05, 10
  FROM (SELECT i, random() AS r, random() AS r2,
               $3::timestamptz + make_interval(secs => round((random() * $4::float8)::numeric, 3)::float8) AS opened
          FROM generate_series(1, $5::int) AS i) g
 ORDER BY opened`;

/** The partitions from `first` to `last` (timestamps), made as the importer makes them. */
export async function createMonths(root, db, first, last) {
  const { ensureRequestFactPartitions } = require(
    join(
      root,
      'dist/apps/api/libs/api/data-access-db/src/lib/request-fact-partitions.js',
    ),
  );
  await db.query('BEGIN');
  await ensureRequestFactPartitions(
    async (sql, parameters) => (await db.query(sql, parameters)).rows,
    `(VALUES (timestamptz '${first}'), (timestamptz '${last}')) AS span(opened_at)`,
  );
  await db.query('COMMIT');
}

/** request_fact's keys and indexes, dropped for a bulk load and made again after it (one build each). */
export async function withoutIndexes(db, load) {
  const { rows: indexes } = await db.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'request_fact' AND indexname NOT LIKE 'PK_%'`,
  );
  const { rows: keys } = await db.query(
    `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'request_fact'::regclass AND contype = 'p'`,
  );
  for (const { conname } of keys)
    await db.query(`ALTER TABLE request_fact DROP CONSTRAINT "${conname}"`);
  for (const { indexname } of indexes)
    await db.query(`DROP INDEX "${indexname}"`);
  const result = await load();
  for (const { conname, def } of keys)
    await db.query(
      `ALTER TABLE request_fact ADD CONSTRAINT "${conname}" ${def}`,
    );
  // A partitioned table's definition reads ON ONLY: made again on every partition.
  for (const { indexdef } of indexes)
    await db.query(indexdef.replace(' ON ONLY ', ' ON '));
  return result;
}

/** Imports `file` through the API and waits for it: wall and worker milliseconds. */
async function importFile(session, file) {
  const { base, token, graphql, organizationId } = session;
  const started = process.hrtime.bigint();
  const id = await startImportMultipart({
    base,
    token,
    organizationId,
    filePath: file,
  });
  for (;;) {
    const { importJob: job } = await graphql(
      'query($id: ID!) { importJob(id: $id) { status startedAt finishedAt rowsStored message } }',
      { id },
    );
    if (job.status === 'FAILED')
      throw new Error(`import FAILED: ${job.message}`);
    if (job.status === 'SUCCEEDED')
      return {
        ms: round(Number(process.hrtime.bigint() - started) / 1e6, 0),
        workerMs: Date.parse(job.finishedAt) - Date.parse(job.startedAt),
        rowsStored: job.rowsStored,
      };
    await sleep(100);
  }
}

/** Rows and bytes of each partition of request_fact, and of each rollup table. */
export async function partitionStorage(db) {
  const { rows } = await db.query(
    `SELECT c.relname AS table, greatest(c.reltuples, 0)::bigint AS rows,
            pg_table_size(c.oid) AS table_bytes, pg_indexes_size(c.oid) AS index_bytes
       FROM pg_class c
      WHERE c.oid IN (SELECT relid FROM pg_partition_tree('request_fact') WHERE isleaf)
         OR c.relname IN ('request_day_rollup', 'request_day_channel', 'request_day_type', 'request_period_resolution')
      ORDER BY c.relname`,
  );
  const tables = rows.map((r) => {
    const bytes = Number(r.table_bytes) + Number(r.index_bytes);
    return {
      table: r.table,
      rows: Number(r.rows),
      tableMb: round(Number(r.table_bytes) / 1e6, 1),
      indexMb: round(Number(r.index_bytes) / 1e6, 1),
      bytesPerRow: Number(r.rows) > 0 ? round(bytes / Number(r.rows), 0) : null,
    };
  });
  const facts = tables.filter((t) => t.table.startsWith('request_fact_p'));
  const sum = (key) => facts.reduce((total, t) => total + t[key], 0);
  return {
    partitions: facts,
    rollups: tables.filter((t) => !t.table.startsWith('request_fact_p')),
    requestFact: {
      rows: sum('rows'),
      tableMb: round(sum('tableMb'), 0),
      indexMb: round(sum('indexMb'), 0),
      bytesPerRow: round(
        ((sum('tableMb') + sum('indexMb')) * 1e6) / sum('rows'),
        0,
      ),
    },
  };
}

/** N facts of 13 months, month by month, keys built once at the end. */
async function generateHistory(session, n, log) {
  const { db, organizationId, departments } = session;
  await db.query('SELECT setseed(0.42)');
  const perMonth = Math.ceil(n / MONTHS);
  return withoutIndexes(db, async () => {
    for (let m = 0; m < MONTHS; m += 1) {
      const { rows } = await db.query(
        `SELECT to_char($1::date + make_interval(months => $2), 'YYYY-MM-DD') AS first,
                extract(epoch FROM ($1::date + make_interval(months => $2 + 1)) - ($1::date + make_interval(months => $2)))::int AS seconds`,
        [HISTORY_FIRST, m],
      );
      const ms = await timed(() =>
        db.query(GENERATE_MONTH_SQL, [
          organizationId,
          Object.values(departments),
          `${rows[0].first} 00:00:00+00`,
          rows[0].seconds,
          Math.min(perMonth, n - m * perMonth),
          m * perMonth,
        ]),
      );
      log(
        `Month ${rows[0].first.slice(0, 7)}: ${perMonth} facts in ${(ms / 1000).toFixed(1)} s.`,
      );
    }
  });
}

/**
 * The whole step: two sessions (an empty database, then one holding N
 * facts). `withSession`, `measureReads` and `rebuildRollups` are run.mjs's.
 */
export async function runPartitionScale({
  context,
  n,
  withSession,
  measureReads,
  rebuildRollups,
  log,
}) {
  log(
    `— request facts by month at ${n.toLocaleString('en')} rows (generated in SQL) —`,
  );
  const file = join(context.work, 'requests-new-month-1000000.csv');
  await generateCsv(file, 1_000_000, {
    startMs: NEW_MONTH,
    spanMs: NEW_MONTH_MS,
  });
  const empty = await withSession(
    { ...context, name: 'months-empty' },
    (session) => importFile(session, file),
  );
  log(
    `New month's 1 M rows on an empty database: ${empty.ms} ms (worker ${empty.workerMs} ms).`,
  );
  return withSession({ ...context, name: `months${n}` }, async (session) => {
    const { db } = session;
    await createMonths(
      context.root,
      db,
      `${HISTORY_FIRST} 00:00:00+00`,
      '2026-07-31 23:59:59+00',
    );
    const generateMs = await timed(() => generateHistory(session, n, log));
    await db.query('VACUUM ANALYZE request_fact');
    log(`Generated ${n} facts in ${(generateMs / 1000).toFixed(0)} s.`);
    const rollupMs = await timed(() => rebuildRollups(session));
    log(`Rollups rebuilt in ${(rollupMs / 1000).toFixed(0)} s.`);
    const { dashboard } = await measureReads(session);
    const atScale = await importFile(session, file);
    log(
      `The same file at ${n} facts: ${atScale.ms} ms (worker ${atScale.workerMs} ms).`,
    );
    // The new month was never analysed: its row count would read 0.
    await db.query('ANALYZE request_fact');
    const storage = await partitionStorage(db);
    const detachMs = await timed(() =>
      db.query(`ALTER TABLE request_fact DETACH PARTITION ${YEAR_OLD}`),
    );
    log(`Detached ${YEAR_OLD} in ${detachMs.toFixed(0)} ms.`);
    return {
      rows: n,
      generateMs: round(generateMs, 0),
      rollupRebuildMs: round(rollupMs, 0),
      dashboard,
      newMonthImport: {
        emptyMs: empty.ms,
        emptyWorkerMs: empty.workerMs,
        atScaleMs: atScale.ms,
        atScaleWorkerMs: atScale.workerMs,
        ratio: round(atScale.workerMs / empty.workerMs, 2),
        rowsStored: [empty.rowsStored, atScale.rowsStored],
      },
      detachYearOldMonthMs: round(detachMs, 0),
      storage,
      targets: PARTITION_TARGETS,
    };
  });
}
