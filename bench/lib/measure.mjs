// The measurements of one session: an import against psql \copy, and the
// dashboard's serviceMetrics against the SQL run directly.
import { spawnSync } from 'node:child_process';
import { rssKb, startImportMultipart } from './api.mjs';
import { COLUMNS } from './generate.mjs';
import { RAW_METRICS_SQL, ROLLUP_METRICS_SQL } from './sql.mjs';
import { latency, round, timed } from './stats.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const RANGE = { from: '2026-01-05', to: '2026-07-05' };
const RAW_RUNS = 10;
// `to` is inclusive in serviceMetrics: the SQL reads up to the day after.
const END_DAY = '2026-07-06';

const METRICS_QUERY = `query Metrics($departmentId: ID!, $from: Date!, $to: Date!) {
  serviceMetrics(departmentId: $departmentId, from: $from, to: $to, grain: WEEK) {
    periodStart total deflected noTouch resolved mttrHours medianResolutionHours p90ResolutionHours slaMet slaTracked reopened source
  }
}`;

/** Imports `file` through the API (sampling its RSS), then \copy-s the same rows into a copy of request_fact. */
export async function measureImport({
  session,
  file,
  mappedFile,
  n,
  pgConfig,
  log,
}) {
  const { api, base, token, graphql, db, database, organizationId } = session;
  const pid = api.child.pid;
  const rssBeforeKb = rssKb(pid);
  let peakKb = rssBeforeKb;
  const sampler = setInterval(
    () => (peakKb = Math.max(peakKb, rssKb(pid))),
    100,
  );
  let job;
  const t0 = process.hrtime.bigint();
  try {
    const jobId = await startImportMultipart({
      base,
      token,
      organizationId,
      filePath: file,
    });
    const uploadMs = Number(process.hrtime.bigint() - t0) / 1e6;
    for (;;) {
      ({ importJob: job } = await graphql(
        'query($id: ID!) { importJob(id: $id) { id status createdAt startedAt finishedAt rowsRead rowsStored message errors { line column message } } }',
        { id: jobId },
      ));
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
      await sleep(50);
    }
    job.uploadMs = uploadMs;
  } finally {
    clearInterval(sampler);
  }
  const importMs = Number(process.hrtime.bigint() - t0) / 1e6;
  peakKb = Math.max(peakKb, rssKb(pid));
  if (job.status !== 'SUCCEEDED')
    throw new Error(
      `Import of ${n} rows FAILED: ${job.message} ${JSON.stringify(job.errors?.slice(0, 5))}`,
    );
  const workerMs =
    job.startedAt && job.finishedAt
      ? Date.parse(job.finishedAt) - Date.parse(job.startedAt)
      : null;
  log(
    `Import: ${(importMs / 1000).toFixed(2)} s (worker ${workerMs} ms), ${job.rowsStored} stored, RSS ${(rssBeforeKb / 1024).toFixed(0)} → peak ${(peakKb / 1024).toFixed(0)} MB.`,
  );

  // The baseline: the same rows (department names as ids) into a table with
  // request_fact's columns, defaults and indexes, by psql.
  await db.query(
    'CREATE TABLE IF NOT EXISTS bench_copy (LIKE request_fact INCLUDING ALL)',
  );
  await db.query('TRUNCATE bench_copy');
  await db.query('CHECKPOINT');
  const copyMs = await timed(async () => {
    const columns = [
      'organization_id',
      'source',
      ...COLUMNS.map((c) => (c === 'department' ? 'department_id' : c)),
    ];
    const result = spawnSync(
      'psql',
      [
        '-h',
        pgConfig.host,
        '-p',
        String(pgConfig.port),
        '-U',
        pgConfig.user,
        '-d',
        database,
        '-v',
        'ON_ERROR_STOP=1',
        '-qc',
        `\\copy bench_copy(${columns.join(', ')}) FROM '${mappedFile}' WITH (FORMAT csv)`,
      ],
      { encoding: 'utf8' },
    );
    if (result.status !== 0)
      throw new Error(`psql \\copy failed: ${result.stderr}`);
  });
  await db.query('TRUNCATE bench_copy');
  log(
    `psql \\copy into (LIKE request_fact INCLUDING ALL): ${(copyMs / 1000).toFixed(2)} s.`,
  );
  return {
    import: {
      ms: round(importMs, 1),
      uploadMs: round(job.uploadMs, 1),
      queueWaitMs: job.startedAt
        ? Date.parse(job.startedAt) - Date.parse(job.createdAt)
        : null,
      workerMs,
      rowsRead: job.rowsRead,
      rowsStored: job.rowsStored,
      usPerRow: round((importMs * 1000) / n, 2),
      rssBeforeMb: round(rssBeforeKb / 1024, 1),
      peakRssMb: round(peakKb / 1024, 1),
    },
    rawCopy: {
      ms: round(copyMs, 1),
      usPerRow: round((copyMs * 1000) / n, 2),
      table: 'bench_copy (LIKE request_fact INCLUDING ALL)',
    },
    importRatio: round(importMs / copyMs, 2),
  };
}

/** serviceMetrics (IT, 26 weeks) over GraphQL vs the rollup SQL and the raw request_fact SQL. */
export async function measureMetrics({ session, runs, warmups, log }) {
  const { graphql, db, organizationId, departments } = session;
  await db.query('VACUUM ANALYZE');
  const itId = departments.IT;
  let gqlData = [];
  const gql = await latency(
    async () =>
      (gqlData = (
        await graphql(METRICS_QUERY, { departmentId: itId, ...RANGE })
      ).serviceMetrics),
    { runs, warmups },
  );
  let rollupData = [];
  const rollup = await latency(
    async () =>
      (rollupData = (
        await db.query(ROLLUP_METRICS_SQL, [
          organizationId,
          itId,
          RANGE.from,
          END_DAY,
        ])
      ).rows),
    { runs, warmups },
  );
  // A full scan of the department's requests (14 s a run at 10 M): a few runs say enough.
  let rawData = [];
  const raw = await latency(
    async () =>
      (rawData = (
        await db.query(RAW_METRICS_SQL, [
          organizationId,
          itId,
          `${RANGE.from}T00:00:00Z`,
          `${END_DAY}T00:00:00Z`,
        ])
      ).rows),
    { runs: Math.min(runs, RAW_RUNS), warmups: Math.min(warmups, 1) },
  );
  const sum = (list, key) =>
    list.reduce((acc, x) => acc + Number(x[key] ?? 0), 0);
  const totals = Object.fromEntries(
    [
      ['total', 'total'],
      ['deflected', 'deflected'],
      ['resolved', 'resolved'],
      ['slaMet', 'sla_met'],
      ['reopened', 'reopened'],
    ].map(([g, s]) => [
      g,
      [sum(gqlData, g), sum(rollupData, s), sum(rawData, s)],
    ]),
  );
  // Medians must agree to the millisecond: exact percentiles, not estimates.
  const medians = gqlData.map((p, i) => [
    p.medianResolutionHours,
    Number(rawData[i]?.median_hours),
  ]);
  const totalsAgree =
    Object.values(totals).every(([a, b, c]) => a === b && b === c) &&
    medians.every(([a, b]) => Math.abs(a - b) < 1e-6);
  const itRows = Number(
    (
      await db.query(
        'SELECT count(*) FROM request_fact WHERE organization_id = $1 AND department_id = $2',
        [organizationId, itId],
      )
    ).rows[0].count,
  );
  log(
    `serviceMetrics p95 ${gql.p95Ms} ms · rollup SQL ${rollup.p95Ms} ms · raw request_fact SQL ${raw.p95Ms} ms · ${itRows} IT rows · totals ${totalsAgree ? 'agree' : 'DIFFER'} ${JSON.stringify(totals)}`,
  );
  return {
    department: 'IT',
    departmentRows: itRows,
    ...RANGE,
    grain: 'WEEK',
    points: gqlData.length,
    graphql: gql,
    rollupSql: rollup,
    rawSql: raw,
    totalsAgree,
    totals,
    ratio: round(gql.p95Ms / rollup.p95Ms, 2),
    ratioToRaw: round(gql.p95Ms / raw.p95Ms, 3),
  };
}
