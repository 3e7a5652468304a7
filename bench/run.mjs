#!/usr/bin/env node
// ESM Planner benchmarks (docs/benchmarks.md, shared spec quality.md § Performance).
//
//   node bench/run.mjs [--sizes 100000,1000000] [--runs 30] [--warmups 3]
//
// Everything is measured side by side in one run on one machine, as ratios:
//   - request import through the API ÷ raw psql \copy of the same file;
//   - peak RSS of the API process while it imports;
//   - serviceMetrics p95 over GraphQL ÷ the same SQL aggregate run directly.
// Plain Node ESM, no dependencies beyond `pg` (already in the workspace).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pg = require('pg');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench/results');
const PG = { host: process.env.BENCH_PGHOST ?? '127.0.0.1', port: Number(process.env.BENCH_PGPORT ?? 5432), user: process.env.BENCH_PGUSER ?? 'postgres' };
const COLUMNS = ['external_id', 'department', 'request_type', 'channel', 'opened_at', 'first_response_at', 'resolved_at', 'resolution', 'sla_met', 'reopened', 'handling_minutes'];
const RANGE = { from: '2026-01-05', to: '2026-07-05' };
// `to` is inclusive in serviceMetrics: the SQL reads opened_at < the day after.
const SQL_END = '2026-07-06T00:00:00Z';
const TARGETS = { importRatio: 2.0, peakRssMb: 300, metricsRatio: 1.5 };

// ---------------------------------------------------------------- arguments
function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) {
    const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
    return eq ? eq.slice(name.length + 3) : fallback;
  }
  return process.argv[i + 1] ?? fallback;
}
const SIZES = String(argument('sizes', '100000,1000000')).split(',').map((s) => Number(s.replace(/_/g, ''))).filter((n) => Number.isInteger(n) && n > 0);
const RUNS = Number(argument('runs', 30));
const WARMUPS = Number(argument('warmups', 3));
if (SIZES.length === 0) {
  console.error('Usage: node bench/run.mjs [--sizes 100000,1000000] [--runs 30] [--warmups 3]');
  process.exit(2);
}

const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- build
async function newestMtime(dir) {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, (await stat(path)).mtimeMs);
  }
  return newest;
}
async function buildIfNeeded() {
  const main = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
  const built = existsSync(main) ? statSync(main).mtimeMs : 0;
  let sources = 0;
  for (const dir of ['apps/api/src', 'libs/domain', 'libs/api']) sources = Math.max(sources, await newestMtime(join(ROOT, dir)));
  if (built >= sources) return log('API build is up to date.');
  log('Building the API (node apps/api/scripts/build.mjs)…');
  const result = spawnSync(process.execPath, ['apps/api/scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The API build failed.');
}

// ---------------------------------------------------------------- data
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const DEPARTMENTS = ['IT', 'HR', 'FINANCE'];
const REQUEST_TYPES = ['Password reset', 'Access request', 'Hardware issue', 'Software install', 'VPN problem', 'Payroll question', 'Leave request', 'Expense claim', 'Invoice query', 'Onboarding'];
const CHANNELS = ['PORTAL', 'EMAIL', 'CHAT', 'PHONE', 'VIRTUAL_AGENT'];
const START_MS = Date.parse('2026-01-05T00:00:00Z');
const SPAN_MS = 26 * 7 * 24 * 3600 * 1000;

/** Writes N request records (format 2) to `path`, streaming, with backpressure. */
async function generateCsv(path, n) {
  const random = mulberry32(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve)));
  await write(`${COLUMNS.join(',')}\n`);
  let batch = [];
  for (let i = 1; i <= n; i++) {
    const department = pick(DEPARTMENTS);
    const opened = START_MS + Math.floor(random() * SPAN_MS);
    const firstResponse = opened + Math.floor(random() * 240) * 60_000;
    const resolvedNow = random() < 0.95;
    let resolvedAt = '';
    let resolution = 'UNRESOLVED';
    let handling = '';
    if (resolvedNow) {
      // Resolution time: a skewed 5 minutes … ~10 days.
      const hours = 0.08 + -Math.log(1 - random()) * 20;
      resolvedAt = new Date(Math.max(opened + hours * 3_600_000, firstResponse)).toISOString();
      const r = random();
      resolution = r < 0.2 ? 'DEFLECTED' : r < 0.3 ? 'NO_TOUCH' : 'AGENT';
      handling = resolution === 'AGENT' ? (5 + random() * 115).toFixed(1) : '0';
    }
    const slaRoll = random();
    const slaMet = slaRoll < 0.1 ? '' : slaRoll < 0.85 ? 'true' : 'false';
    const reopened = resolvedNow && random() < 0.05 ? 'true' : 'false';
    batch.push(
      `REQ-${String(i).padStart(8, '0')},${department},${pick(REQUEST_TYPES)},${pick(CHANNELS)},${new Date(opened).toISOString()},${new Date(firstResponse).toISOString()},${resolvedAt},${resolution},${slaMet},${reopened},${handling}`,
    );
    if (batch.length === 2000) {
      await write(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length) await write(`${batch.join('\n')}\n`);
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return statSync(path).size;
}

// ---------------------------------------------------------------- API
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startApi({ databaseUrl, port, adminToken, storageDir }) {
  const child = spawn(process.execPath, ['apps/api/scripts/start.mjs'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), ADMIN_TOKEN: adminToken, SEED_DEMO: 'false', LOG_LEVEL: 'warn', IMPORT_STORAGE_DIR: storageDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { child, output: () => output };
}

async function waitForHealth(base, api, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) throw new Error(`The API exited (${api.child.exitCode}) before it was healthy:\n${api.output()}`);
    try {
      const response = await fetch(`${base}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`The API was not healthy within ${timeoutMs / 1000} s:\n${api.output()}`);
}

async function stopApi(api) {
  if (!api || api.child.exitCode !== null) return;
  const exited = new Promise((resolve) => api.child.once('exit', resolve));
  api.child.kill('SIGINT');
  const timer = setTimeout(() => api.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function graphqlClient(base, token) {
  return async function graphql(query, variables = {}) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data;
  };
}

/** startImport as a GraphQL multipart request whose file part streams from disk. */
async function startImportMultipart({ base, token, organizationId, filePath }) {
  const query = 'mutation StartImport($input: StartImportInput!) { startImport(input: $input) { id status } }';
  const fileSize = statSync(filePath).size;
  const variables = { input: { organizationId, kind: 'REQUESTS', format: 'GENERIC', file: null, fileName: 'bench-requests.csv', fileSize } };
  const boundary = `esm-bench-${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query, variables })}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify({ 0: ['variables.input.file'] })}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="bench-requests.csv"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  async function* parts() {
    yield head;
    for await (const chunk of createReadStream(filePath, { highWaterMark: 256 * 1024 })) yield chunk;
    yield tail;
  }
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(head.length + fileSize + tail.length),
      'apollo-require-preflight': 'true',
      authorization: `Bearer ${token}`,
    },
    body: Readable.from(parts()),
    duplex: 'half',
  });
  const body = await response.json();
  if (body.errors?.length || !body.data?.startImport) throw new Error(`startImport: ${JSON.stringify(body.errors ?? body)}`);
  return body.data.startImport.id;
}

function rssKb(pid) {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

// ---------------------------------------------------------------- stats
function p95(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
}
const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
async function timed(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
async function latency(fn) {
  for (let i = 0; i < WARMUPS; i++) await fn();
  const samples = [];
  for (let i = 0; i < RUNS; i++) samples.push(await timed(fn));
  return { p95Ms: round(p95(samples), 2), medianMs: round(median(samples), 2), runs: RUNS, warmups: WARMUPS };
}
const round = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);

// The SQL aggregate that serviceMetrics computes, run directly.
const METRICS_SQL = `
WITH facts AS (
  SELECT date_trunc('week', opened_at AT TIME ZONE 'UTC') AS week, resolution, sla_met, reopened,
         CASE WHEN resolved_at IS NOT NULL AND resolution IS DISTINCT FROM 'UNRESOLVED'
              THEN extract(epoch FROM resolved_at - opened_at) / 3600 END AS hours
    FROM request_fact
   WHERE organization_id = $1 AND department_id = $2 AND opened_at >= $3 AND opened_at < $4)
SELECT week,
       count(*) AS total,
       count(*) FILTER (WHERE resolution IN ('DEFLECTED', 'NO_TOUCH')) AS deflected,
       count(*) FILTER (WHERE resolution = 'NO_TOUCH') AS no_touch,
       count(hours) AS resolved,
       avg(hours) AS mttr_hours,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY hours) AS median_hours,
       percentile_disc(0.9) WITHIN GROUP (ORDER BY hours) AS p90_hours,
       count(*) FILTER (WHERE sla_met) AS sla_met,
       count(sla_met) AS sla_tracked,
       count(*) FILTER (WHERE reopened AND hours IS NOT NULL) AS reopened
  FROM facts GROUP BY week ORDER BY week`;

const METRICS_QUERY = `query Metrics($departmentId: ID!, $from: Date!, $to: Date!) {
  serviceMetrics(departmentId: $departmentId, from: $from, to: $to, grain: WEEK) {
    periodStart total deflected noTouch resolved mttrHours medianResolutionHours p90ResolutionHours slaMet slaTracked reopened source
  }
}`;

// ---------------------------------------------------------------- main
async function main() {
  const started = new Date();
  await buildIfNeeded();
  const database = `esm_bench_${started.toISOString().replace(/\D/g, '').slice(0, 14)}_${process.pid}`;
  const adminUrl = `postgres://${PG.user}@${PG.host}:${PG.port}/postgres`;
  const databaseUrl = `postgres://${PG.user}@${PG.host}:${PG.port}/${database}`;
  const work = mkdtempSync(join(os.tmpdir(), 'esm-bench-'));
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  let api = null;
  let db = null;
  let createdDb = false;
  const onSignal = () => log('Interrupted: cleaning up…');
  process.once('SIGINT', onSignal);
  try {
    const pgVersion = (await admin.query('SELECT version()')).rows[0].version;
    await admin.query(`CREATE DATABASE "${database}"`);
    createdDb = true;
    log(`Database ${database} created.`);

    const port = await freePort();
    const token = randomBytes(32).toString('hex');
    const base = `http://127.0.0.1:${port}`;
    api = startApi({ databaseUrl, port, adminToken: token, storageDir: join(work, 'imports') });
    await waitForHealth(base, api);
    log(`API is up on ${base} (pid ${api.child.pid}).`);
    const graphql = graphqlClient(base, token);

    const { createOrganization: org } = await graphql('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
      input: { name: 'Bench Org', timeZone: 'UTC', currency: 'USD' },
    });
    const departments = {};
    for (const name of DEPARTMENTS) {
      const { createDepartment } = await graphql('mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', {
        input: { organizationId: org.id, name, kind: name },
      });
      departments[name] = createDepartment.id;
    }

    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    await db.query(`CREATE TABLE bench_raw (external_id text, department text, request_type text, channel text, opened_at timestamptz,
      first_response_at timestamptz, resolved_at timestamptz, resolution text, sla_met boolean, reopened boolean, handling_minutes numeric)`);

    const results = [];
    for (const n of SIZES) {
      log(`— ${n.toLocaleString('en')} rows —`);
      const file = join(work, `requests-${n}.csv`);
      const genMs = await timed(async () => generateCsv(file, n));
      const bytes = statSync(file).size;
      log(`CSV generated: ${(bytes / 1e6).toFixed(1)} MB in ${(genMs / 1000).toFixed(1)} s.`);

      // Fresh state per size: no request facts from a previous size.
      await db.query('DELETE FROM request_fact WHERE organization_id = $1', [org.id]);
      await db.query('VACUUM ANALYZE request_fact').catch(() => {});

      // Import through the API, sampling the API's RSS.
      const pid = api.child.pid;
      const rssBeforeKb = rssKb(pid);
      let peakKb = rssBeforeKb;
      const sampler = setInterval(() => {
        peakKb = Math.max(peakKb, rssKb(pid));
      }, 100);
      let job;
      const t0 = process.hrtime.bigint();
      try {
        const jobId = await startImportMultipart({ base, token, organizationId: org.id, filePath: file });
        const uploadMs = Number(process.hrtime.bigint() - t0) / 1e6;
        for (;;) {
          ({ importJob: job } = await graphql('query($id: ID!) { importJob(id: $id) { id status createdAt startedAt finishedAt rowsRead rowsStored rowsDuplicate errorCount message errors { line column message } } }', { id: jobId }));
          if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
          await sleep(250);
        }
        job.uploadMs = uploadMs;
      } finally {
        clearInterval(sampler);
      }
      const importMs = Number(process.hrtime.bigint() - t0) / 1e6;
      peakKb = Math.max(peakKb, rssKb(pid));
      if (job.status !== 'SUCCEEDED') throw new Error(`Import of ${n} rows FAILED: ${job.message} ${JSON.stringify(job.errors?.slice(0, 5))}`);
      log(`Import: ${(importMs / 1000).toFixed(2)} s (upload ${(job.uploadMs / 1000).toFixed(2)} s, queue wait ${job.startedAt ? Date.parse(job.startedAt) - Date.parse(job.createdAt) : '?'} ms, worker ${job.startedAt && job.finishedAt ? Date.parse(job.finishedAt) - Date.parse(job.startedAt) : '?'} ms), ${job.rowsStored} stored, peak RSS ${(peakKb / 1024).toFixed(0)} MB.`);

      // Raw COPY baseline with psql.
      await db.query('TRUNCATE bench_raw');
      const copyMs = await timed(async () => {
        const result = spawnSync('psql', ['-h', PG.host, '-p', String(PG.port), '-U', PG.user, '-d', database, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy bench_raw(${COLUMNS.join(', ')}) FROM '${file}' WITH (FORMAT csv, HEADER true)`], {
          encoding: 'utf8',
        });
        if (result.status !== 0) throw new Error(`psql \\copy failed: ${result.stderr}`);
      });
      await db.query('TRUNCATE bench_raw');
      log(`Raw psql \\copy: ${(copyMs / 1000).toFixed(2)} s.`);

      // serviceMetrics over GraphQL vs the SQL aggregate directly.
      await db.query('ANALYZE request_fact');
      const itId = departments.IT;
      let points = 0;
      let gqlData = [];
      const gql = await latency(async () => {
        const data = await graphql(METRICS_QUERY, { departmentId: itId, ...RANGE });
        points = data.serviceMetrics.length;
        gqlData = data.serviceMetrics;
      });
      let sqlRows = 0;
      let sqlData = [];
      const sql = await latency(async () => {
        const { rows } = await db.query(METRICS_SQL, [org.id, itId, `${RANGE.from}T00:00:00Z`, SQL_END]);
        sqlRows = rows.length;
        sqlData = rows;
      });
      // Both sides must compute the same thing: compare the weekly totals.
      const sum = (list, key) => list.reduce((acc, x) => acc + Number(x[key] ?? 0), 0);
      const agree = {
        total: [sum(gqlData, 'total'), sum(sqlData, 'total')],
        deflected: [sum(gqlData, 'deflected'), sum(sqlData, 'deflected')],
        resolved: [sum(gqlData, 'resolved'), sum(sqlData, 'resolved')],
        slaMet: [sum(gqlData, 'slaMet'), sum(sqlData, 'sla_met')],
      };
      const same = Object.values(agree).every(([a, b]) => a === b);
      log(`GraphQL and SQL totals ${same ? 'agree' : 'DIFFER'}: ${JSON.stringify(agree)}`);
      const itRows = Number((await db.query('SELECT count(*) FROM request_fact WHERE organization_id = $1 AND department_id = $2', [org.id, itId])).rows[0].count);
      log(`serviceMetrics p95 ${gql.p95Ms} ms (${points} points) vs SQL p95 ${sql.p95Ms} ms (${sqlRows} weeks), IT rows ${itRows}.`);

      results.push({
        rows: n,
        csvBytes: bytes,
        import: {
          ms: round(importMs, 1),
          uploadMs: round(job.uploadMs, 1),
          // From the job row: queued → claimed by the worker → finished (server clock).
          queueWaitMs: job.startedAt ? Date.parse(job.startedAt) - Date.parse(job.createdAt) : null,
          workerMs: job.startedAt && job.finishedAt ? Date.parse(job.finishedAt) - Date.parse(job.startedAt) : null,
          rowsRead: job.rowsRead,
          rowsStored: job.rowsStored,
          usPerRow: round((importMs * 1000) / n, 2),
          rssBeforeMb: round(rssBeforeKb / 1024, 1),
          peakRssMb: round(peakKb / 1024, 1),
        },
        rawCopy: { ms: round(copyMs, 1), usPerRow: round((copyMs * 1000) / n, 2) },
        importRatio: round(importMs / copyMs, 2),
        serviceMetrics: { department: 'IT', departmentRows: itRows, ...RANGE, grain: 'WEEK', points, graphql: gql, sql: { ...sql, rows: sqlRows }, totalsAgree: same, totals: agree, ratio: round(gql.p95Ms / sql.p95Ms, 2) },
      });
      rmSync(file, { force: true });
    }

    const peaks = results.map((r) => r.import.peakRssMb);
    const summary = {
      importRatioMax: Math.max(...results.map((r) => r.importRatio)),
      peakRssMbMax: Math.max(...peaks),
      peakRssGrowthMb: round(Math.max(...peaks) - Math.min(...peaks), 1),
      metricsRatioMax: Math.max(...results.map((r) => r.serviceMetrics.ratio)),
    };
    const report = {
      date: started.toISOString(),
      durationS: round((Date.now() - started.getTime()) / 1000, 1),
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        totalMemoryGb: round(os.totalmem() / 1024 ** 3, 1),
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
        postgres: pgVersion,
      },
      sizes: SIZES,
      seed: 42,
      targets: TARGETS,
      results,
      summary,
    };
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    printTable(report);
    log(`Wrote ${join('bench/results', 'latest.json')}.`);
  } finally {
    process.removeListener('SIGINT', onSignal);
    await db?.end().catch(() => {});
    await stopApi(api).catch(() => {});
    if (createdDb) {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).then(
        () => log(`Database ${database} dropped.`),
        (error) => log(`Could not drop ${database}: ${error.message}`),
      );
    }
    await admin.end().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }
}

function printTable(report) {
  const mark = (ok) => (ok ? 'ok' : 'MISSED');
  const header = ['rows', 'import s', 'psql \\copy s', 'import÷copy', 'µs/row import', 'µs/row copy', 'peak RSS MB', 'metrics p95 ms', 'SQL p95 ms', 'metrics÷SQL'];
  const lines = report.results.map((r) => [
    r.rows.toLocaleString('en'),
    (r.import.ms / 1000).toFixed(2),
    (r.rawCopy.ms / 1000).toFixed(2),
    `${r.importRatio.toFixed(2)} ${mark(r.importRatio <= TARGETS.importRatio)}`,
    r.import.usPerRow.toFixed(1),
    r.rawCopy.usPerRow.toFixed(1),
    `${r.import.peakRssMb.toFixed(0)} ${mark(r.import.peakRssMb <= TARGETS.peakRssMb)}`,
    r.serviceMetrics.graphql.p95Ms.toFixed(1),
    r.serviceMetrics.sql.p95Ms.toFixed(1),
    `${r.serviceMetrics.ratio.toFixed(2)} ${mark(r.serviceMetrics.ratio <= TARGETS.metricsRatio)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log('');
  console.log(`ESM Planner benchmarks — ${report.date} — ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.totalMemoryGb} GB, Node ${report.machine.node}`);
  console.log(report.machine.postgres);
  console.log(row(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(row(l));
  console.log(`Targets: import÷copy ≤ ${TARGETS.importRatio}, peak RSS ≤ ${TARGETS.peakRssMb} MB and flat (growth across sizes here: ${report.summary.peakRssGrowthMb} MB), metrics÷SQL ≤ ${TARGETS.metricsRatio}.`);
  console.log('');
}

main().catch((error) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
});
