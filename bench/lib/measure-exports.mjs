// The mapped and vendor import benchmarks (quality.md): an export through
// the API against a raw `psql \copy` of the same file into a text table.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { rssKb, startImportMultipart } from './api.mjs';
import { round, timed } from './stats.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Imports `file` (startImport with `input`: a format or a mappingId, …),
 * timed from the first byte of the upload until the job SUCCEEDED, sampling
 * the API's RSS; then `psql \copy`-s the same file into a table of as many
 * text columns as its header has — the baseline of quality.md's rows.
 */
export async function measureExportImport({ session, organizationId, file, input, columns, pgConfig, log, label }) {
  const { api, base, token, graphql, db, database } = session;
  const pid = api.child.pid;
  const rssBeforeKb = rssKb(pid);
  let peakKb = rssBeforeKb;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, rssKb(pid))), 100);
  let job;
  const t0 = process.hrtime.bigint();
  try {
    const jobId = await startImportMultipart({ base, token, organizationId, filePath: file, input });
    for (;;) {
      ({ importJob: job } = await graphql(
        'query($id: ID!) { importJob(id: $id) { id status createdAt startedAt finishedAt rowsRead rowsStored rowsSkipped message errors { line column message } } }',
        { id: jobId },
      ));
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
      await sleep(50);
    }
  } finally {
    clearInterval(sampler);
  }
  const importMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (job.status !== 'SUCCEEDED') throw new Error(`${label}: the import FAILED: ${job.message} ${JSON.stringify(job.errors?.slice(0, 5))}`);
  const workerMs = Date.parse(job.finishedAt) - Date.parse(job.startedAt);
  log(`${label}: import ${(importMs / 1000).toFixed(2)} s (worker ${workerMs} ms), ${job.rowsRead} rows read, ${job.rowsStored} stored, ${job.rowsSkipped} skipped; RSS ${(rssBeforeKb / 1024).toFixed(0)} → peak ${(peakKb / 1024).toFixed(0)} MB.`);

  await db.query('DROP TABLE IF EXISTS bench_text');
  await db.query(`CREATE TABLE bench_text (${Array.from({ length: columns }, (_, i) => `c${i + 1} text`).join(', ')})`);
  await db.query('CHECKPOINT');
  const copyMs = await timed(async () => {
    const result = spawnSync('psql', ['-h', pgConfig.host, '-p', String(pgConfig.port), '-U', pgConfig.user, '-d', database, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy bench_text FROM '${file}' WITH (FORMAT csv, HEADER true)`], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`psql \\copy failed: ${result.stderr}`);
  });
  await db.query('DROP TABLE bench_text');
  log(`${label}: psql \\copy into a text table ${(copyMs / 1000).toFixed(2)} s → ratio ${(importMs / copyMs).toFixed(2)}.`);
  return {
    label,
    bytes: statSync(file).size,
    rowsRead: job.rowsRead,
    rowsStored: job.rowsStored,
    rowsSkipped: job.rowsSkipped,
    import: { ms: round(importMs, 1), workerMs, queueWaitMs: Date.parse(job.startedAt) - Date.parse(job.createdAt), rssBeforeMb: round(rssBeforeKb / 1024, 1), peakRssMb: round(peakKb / 1024, 1) },
    rawCopy: { ms: round(copyMs, 1), table: `bench_text (${columns} text columns)` },
    ratio: round(importMs / copyMs, 2),
  };
}
