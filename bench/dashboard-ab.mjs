// Before and after side by side in one run: the department dashboard query served by this
// checkout's built API and by another checkout's (`--against DIR`, built with
// `node apps/api/scripts/build.mjs` there), both fresh processes on one database, against the SQL
// its resolvers send. Requests go A, B, SQL in turn (the order rotating each round), so a neighbour's burst
// on a shared machine lands on all three alike; each API process's CPU time over the timed runs
// is read from /proc.
//
//   node bench/dashboard-ab.mjs --against /path/to/other/checkout [--rows 100000] [--runs 400] [--warmups 1000]
//
// Same data, seed and query as `npm run bench` (bench/README.md). Prints one table and writes
// bench/results/dashboard-ab.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  freePort,
  graphqlClient,
  startApi,
  stopApi,
  waitForHealth,
} from './lib/api.mjs';
import { buildIfNeeded } from './lib/build.mjs';
import { captureStatements, dashboardQuery } from './lib/dashboard-query.mjs';
import { seedDashboard } from './lib/dashboard-seed.mjs';
import { generateCsv, writeMappedCsv } from './lib/generate.mjs';
import { cpuSecondsOf } from './lib/measure-exports.mjs';
import { measureImport, RANGE } from './lib/measure.mjs';
import { withSession } from './lib/session.mjs';
import { median, p95, round, timed } from './lib/stats.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PG = {
  host: process.env.BENCH_PGHOST ?? '127.0.0.1',
  port: Number(process.env.BENCH_PGPORT ?? 5432),
  user: process.env.BENCH_PGUSER ?? 'postgres',
};
const argument = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const AGAINST = argument('against');
const ROWS = Number(argument('rows', 100_000));
const RUNS = Number(argument('runs', 400));
const WARMUPS = Number(argument('warmups', 1000));
if (!AGAINST) {
  console.error(
    'Usage: node bench/dashboard-ab.mjs --against DIR [--rows N] [--runs N] [--warmups N]',
  );
  process.exit(2);
}
const log = (...args) =>
  console.log(`[ab ${new Date().toISOString().slice(11, 19)}]`, ...args);
const cpuMs = (pid) =>
  cpuSecondsOf(readFileSync(`/proc/${pid}/stat`, 'utf8')) * 1000;

/**
 * A fresh API process from `root` on the session's database. Both timed APIs are fresh: the
 * session's own process ran the import, whose heap and (once an import ran) promise hooks
 * would weigh on one side only; it serves the SQL capture alone.
 */
async function startFresh(root, session, work, name) {
  const port = await freePort();
  const api = startApi({
    root,
    databaseUrl: `postgres://${PG.user}@${PG.host}:${PG.port}/${session.database}`,
    port,
    adminToken: session.token,
    storageDir: join(work, `imports-${name}`),
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, api);
  return { api, base };
}

async function measure(session, work, viewerToken) {
  const mine = await startFresh(ROOT, session, work, 'this');
  const other = await startFresh(AGAINST, session, work, 'other');
  try {
    const query = dashboardQuery(ROOT);
    const variables = { departmentId: session.departments.IT, ...RANGE };
    const sides = {
      this: {
        pid: mine.api.child.pid,
        ask: graphqlClient(mine.base, viewerToken),
      },
      other: {
        pid: other.api.child.pid,
        ask: graphqlClient(other.base, viewerToken),
      },
    };
    const answers = {};
    const run = async (name) =>
      (answers[name] = await sides[name].ask(query, variables));
    for (let i = 0; i < WARMUPS; i += 1) {
      await run('this');
      await run('other');
    }
    const sessionApi = graphqlClient(session.base, viewerToken);
    const statements = await captureStatements({
      api: session.api,
      sqlTraceFile: session.sqlTraceFile,
      request: () => sessionApi(query, variables),
    });
    const sql = async () => {
      for (const { text, values } of statements)
        await session.db.query(text, values);
    };
    for (let i = 0; i < WARMUPS; i += 1) await sql();
    const samples = { this: [], other: [], sql: [] };
    const steps = { this: () => run('this'), other: () => run('other'), sql };
    const orders = [
      ['this', 'other', 'sql'],
      ['other', 'sql', 'this'],
      ['sql', 'this', 'other'],
    ];
    const cpuBefore = {
      this: cpuMs(sides.this.pid),
      other: cpuMs(sides.other.pid),
    };
    for (let i = 0; i < RUNS; i += 1)
      for (const name of orders[i % 3])
        samples[name].push(await timed(steps[name]));
    const cpu = {
      this: (cpuMs(sides.this.pid) - cpuBefore.this) / RUNS,
      other: (cpuMs(sides.other.pid) - cpuBefore.other) / RUNS,
    };
    const same = JSON.stringify(answers.this) === JSON.stringify(answers.other);
    const figure = (name) => ({
      p95Ms: round(p95(samples[name]), 2),
      medianMs: round(median(samples[name]), 2),
    });
    return {
      rows: ROWS,
      runs: RUNS,
      warmups: WARMUPS,
      loadAverage: os.loadavg().map((x) => round(x, 1)),
      this: { ...figure('this'), cpuMsPerRequest: round(cpu.this, 2) },
      other: { ...figure('other'), cpuMsPerRequest: round(cpu.other, 2) },
      sql: figure('sql'),
      answersEqual: same,
    };
  } finally {
    await stopApi(mine.api).catch(() => {});
    await stopApi(other.api).catch(() => {});
  }
}

await buildIfNeeded(ROOT, log);
const work = mkdtempSync(join(os.tmpdir(), 'esm-ab-'));
const admin = new pg.Client({ ...PG, database: 'postgres' });
await admin.connect();
try {
  const file = join(work, 'requests.csv');
  await generateCsv(file, ROWS);
  const result = await withSession(
    { root: ROOT, pgConfig: PG, admin, name: 'ab', work, log },
    async (session) => {
      const mappedFile = join(work, 'requests-mapped.csv');
      await writeMappedCsv(file, mappedFile, {
        organizationId: session.organizationId,
        departmentIds: session.departments,
      });
      await measureImport({
        session,
        file,
        mappedFile,
        n: ROWS,
        pgConfig: PG,
        log,
      });
      const { viewerToken } = await seedDashboard({ ...session, log });
      await session.db.query('VACUUM ANALYZE');
      return measure(session, work, viewerToken);
    },
  );
  const row = (label, side) =>
    `| ${label} | ${side.p95Ms} (${side.medianMs}) | ${round(side.p95Ms / result.sql.p95Ms, 2)} | ${side.cpuMsPerRequest ?? '—'} |`;
  console.log(
    [
      `\nDashboard query, ${ROWS.toLocaleString('en')} rows, ${RUNS} runs each after ${WARMUPS} warm-ups, load average ${result.loadAverage.join(' ')}`,
      '| | p95 ms (median) | ÷ SQL p95 | API CPU ms per request |',
      '|---|---:|---:|---:|',
      row(`this checkout`, result.this),
      row(`--against`, result.other),
      `| its SQL | ${result.sql.p95Ms} (${result.sql.medianMs}) | 1 | — |`,
      `answers equal: ${result.answersEqual ? 'yes' : 'NO'}`,
    ].join('\n'),
  );
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/dashboard-ab.json'),
    JSON.stringify(result, null, 2),
  );
  if (!result.answersEqual) process.exitCode = 1;
} finally {
  await admin.end();
  rmSync(work, { recursive: true, force: true });
}
