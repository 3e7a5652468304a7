// The mapped and vendor import benchmarks (quality.md): an export through
// the API against a raw `psql \copy` of the same file into a text table.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { rssKb, startImportMultipart } from './api.mjs';
import { round, timed } from './stats.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// How often the job is read until it has finished. Not the measurement's resolution (the end is
// the job's finished_at): a read costs the API ~1.8 ms of CPU (400 reads, 2026-12-04), taken
// from the import were they more frequent.
const POLL_MS = 200;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
const CLOCK_TICKS =
  Number(
    spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim(),
  ) || 100;

/** User + system CPU seconds of a process, from the text of its /proc/<pid>/stat. */
export function cpuSecondsOf(stat) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}
const processCpu = (pid) => {
  try {
    return cpuSecondsOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
};

/**
 * CPU seconds so far of every PostgreSQL backend on `database` but the
 * bench's own (by pid). PostgreSQL runs on this host in the bench's setup;
 * elsewhere the figures are null.
 */
async function backendsCpu(db, database) {
  const { rows } = await db.query(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [database],
  );
  return new Map(rows.map(({ pid }) => [pid, processCpu(pid)]));
}

/**
 * Imports `file` (startImport with `input`: a format or a mappingId, …),
 * timed from the first byte of the upload until the job SUCCEEDED, sampling
 * the API's RSS; then `psql \copy`-s the same file into a table of as many
 * text columns as its header has — the baseline of quality.md's rows.
 */
export async function measureExportImport({
  session,
  organizationId,
  file,
  input,
  columns,
  pgConfig,
  log,
  label,
}) {
  const { api, base, token, graphql, db, database } = session;
  const pid = api.child.pid;
  const rssBeforeKb = rssKb(pid);
  let peakKb = rssBeforeKb;
  const sampler = setInterval(
    () => (peakKb = Math.max(peakKb, rssKb(pid))),
    100,
  );
  let job;
  const backendsBefore = await backendsCpu(db, database);
  const apiCpuBefore = processCpu(pid);
  const t0 = process.hrtime.bigint();
  const wallT0 = Date.now();
  let answeredMs = null;
  try {
    const jobId = await startImportMultipart({
      base,
      token,
      organizationId,
      filePath: file,
      input,
    });
    answeredMs = Date.now() - wallT0;
    for (;;) {
      ({ importJob: job } = await graphql(
        'query($id: ID!) { importJob(id: $id) { id status createdAt startedAt finishedAt rowsRead rowsStored rowsSkipped message errors { line column message } } }',
        { id: jobId },
      ));
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
      // Every poll is a GraphQL request the API serves while it imports: at 50 ms they cost it
      // seconds of CPU over a long import (taken from PostgreSQL on a 2-core machine).
      await sleep(POLL_MS);
    }
  } finally {
    clearInterval(sampler);
  }
  const observedMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // The import ends when its job is written SUCCEEDED (finished_at, the database's clock: this
  // host's when PostgreSQL runs here, as in the bench's setup), not when a poll sees it up to
  // POLL_MS later; with PostgreSQL elsewhere (another clock), the poll's time is taken.
  const finishedMs = Date.parse(job.finishedAt) - wallT0;
  const importMs =
    LOCAL_HOSTS.has(pgConfig.host) && finishedMs > 0 && finishedMs <= observedMs
      ? finishedMs
      : observedMs;
  // The import's CPU: the API process (upload, scanner, per-value lookups) and the database
  // backends of the import's connection(s). Parallel workers of PostgreSQL are not counted.
  const backendsAfter = await backendsCpu(db, database);
  const apiCpuS = apiCpuBefore === null ? null : processCpu(pid) - apiCpuBefore;
  const readable = [...backendsAfter.values()].every((v) => v !== null);
  const pgCpuS = readable
    ? [...backendsAfter].reduce(
        (sum, [p, after]) => sum + after - (backendsBefore.get(p) ?? 0),
        0,
      )
    : null;
  if (job.status !== 'SUCCEEDED')
    throw new Error(
      `${label}: the import FAILED: ${job.message} ${JSON.stringify(job.errors?.slice(0, 5))}`,
    );
  const workerMs = Date.parse(job.finishedAt) - Date.parse(job.startedAt);
  // Where the wall time went (the job's times are the database's clock, on this host).
  const phases = {
    // A large request import's job is recorded after its first MiB (decision 0031).
    recordedMs: Date.parse(job.createdAt) - wallT0,
    answeredMs,
    queueWaitMs: Date.parse(job.startedAt) - Date.parse(job.createdAt),
    workerMs,
    seenAfterMs: wallT0 + observedMs - Date.parse(job.finishedAt),
  };
  log(
    `${label}: import ${(importMs / 1000).toFixed(2)} s (job recorded at ${phases.recordedMs} ms, upload ended and answered at ${answeredMs} ms, queue ${phases.queueWaitMs} ms, worker ${workerMs} ms, seen ${Math.round(phases.seenAfterMs)} ms after), ${job.rowsRead} rows read, ${job.rowsStored} stored, ${job.rowsSkipped} skipped; RSS ${(rssBeforeKb / 1024).toFixed(0)} → peak ${(peakKb / 1024).toFixed(0)} MB.`,
  );

  await db.query('DROP TABLE IF EXISTS bench_text');
  await db.query(
    `CREATE TABLE bench_text (${Array.from({ length: columns }, (_, i) => `c${i + 1} text`).join(', ')})`,
  );
  await db.query('CHECKPOINT');
  let copyCpuS = null;
  const copyMs = await timed(async () => {
    // After the copy, the same backend reads its own CPU time (pg_read_file: a superuser's).
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
        '-qAt',
        '-c',
        `\\copy bench_text FROM '${file}' WITH (FORMAT csv, HEADER true)`,
        '-c',
        "SELECT pg_read_file('/proc/self/stat')",
      ],
      { encoding: 'utf8' },
    );
    if (result.status !== 0)
      throw new Error(`psql \\copy failed: ${result.stderr}`);
    const stat = result.stdout.trim().split('\n').pop() ?? '';
    copyCpuS = stat.includes(')') ? cpuSecondsOf(stat) : null;
  });
  await db.query('DROP TABLE bench_text');
  const importCpuS =
    apiCpuS === null || pgCpuS === null ? null : apiCpuS + pgCpuS;
  const cpuRatio =
    importCpuS !== null && copyCpuS ? importCpuS / copyCpuS : null;
  log(
    `${label}: psql \\copy into a text table ${(copyMs / 1000).toFixed(2)} s → ratio ${(importMs / copyMs).toFixed(2)}; CPU: import ${importCpuS?.toFixed(2)} s (API ${apiCpuS?.toFixed(2)}, PostgreSQL ${pgCpuS?.toFixed(2)}), copy ${copyCpuS?.toFixed(2)} s → ${cpuRatio?.toFixed(2)}.`,
  );
  return {
    label,
    bytes: statSync(file).size,
    rowsRead: job.rowsRead,
    rowsStored: job.rowsStored,
    rowsSkipped: job.rowsSkipped,
    import: {
      ms: round(importMs, 1),
      observedMs: round(observedMs, 1),
      cpuS: round(importCpuS, 2),
      apiCpuS: round(apiCpuS, 2),
      postgresCpuS: round(pgCpuS, 2),
      workerMs,
      queueWaitMs: Date.parse(job.startedAt) - Date.parse(job.createdAt),
      recordedMs: phases.recordedMs,
      answeredMs,
      rssBeforeMb: round(rssBeforeKb / 1024, 1),
      peakRssMb: round(peakKb / 1024, 1),
    },
    rawCopy: {
      ms: round(copyMs, 1),
      cpuS: round(copyCpuS, 2),
      table: `bench_text (${columns} text columns)`,
    },
    ratio: round(importMs / copyMs, 2),
    cpuRatio: round(cpuRatio, 2),
  };
}
