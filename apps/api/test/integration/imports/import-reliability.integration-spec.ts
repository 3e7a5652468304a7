import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { loadConfig } from '../../../src/config/env.schema';
import { startWorker } from '../../../src/worker';
import { buildOrganization } from '../../support/fixtures';
import { waitForJob } from '../../support/imports';
import {
  GeneratedRequest,
  requestFile,
  uploadImport,
} from '../../support/request-files';
import {
  startTestApi,
  TEST_IMPORT_STORAGE_DIR,
  TestApi,
} from '../../support/test-api';

const ROOT = join(__dirname, '../../../../..');
// A killed worker's job is taken for interrupted after 10 s here (30 s by default), to keep the test short.
const WORKER_ENV = {
  DATABASE_URL: process.env.TEST_DATABASE_URL!,
  IMPORT_STORAGE_DIR: TEST_IMPORT_STORAGE_DIR,
  IMPORT_STALE_AFTER_SECONDS: '10',
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rows an organisation has in request_fact and in every rollup table. */
async function storedRows(
  db: Client,
  organizationId: string,
): Promise<Record<string, number>> {
  const { rows: tables } = await db.query(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'organization_id' AND (table_name = 'request_fact' OR table_name LIKE '%rollup%')`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    counts[table] = (
      await db.query(
        `SELECT count(*)::int AS n FROM "${table}" WHERE organization_id = $1`,
        [organizationId],
      )
    ).rows[0].n;
  }
  return counts;
}

describe('import reliability (quality.md)', () => {
  let api: TestApi;
  let db: Client;
  const workers: INestApplicationContext[] = [];

  beforeAll(async () => {
    api = await startTestApi({ RUN_IMPORT_WORKER: 'false' });
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await db.end();
    await api.close();
  });

  const job = (id: string) =>
    api
      .ok(
        'query($id: ID!) { importJob(id: $id) { status rowsRead message } }',
        { id },
      )
      .then((data) => data.importJob);

  it('an import killed mid-stream leaves no rows, shows FAILED after a restart, and then runs once', async () => {
    const org = await buildOrganization(api);
    const { csv } = requestFile('KILL', 200_000);
    const { id } = await uploadImport(
      api,
      { organizationId: org.id, kind: 'REQUESTS' },
      csv,
    );
    const child: ChildProcess = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        join(ROOT, 'apps/api/test/support/worker-process.ts'),
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...WORKER_ENV },
        stdio: 'ignore',
      },
    );
    try {
      let seen = { status: 'QUEUED', rowsRead: 0 };
      for (
        let attempt = 0;
        attempt < 600 && seen.status !== 'RUNNING';
        attempt += 1
      ) {
        await sleep(50);
        seen = await job(id);
      }
      expect(seen.status).toBe('RUNNING'); // the kill lands mid-import, not after it
    } finally {
      child.kill('SIGKILL');
    }
    await new Promise((resolve) => child.once('exit', resolve));
    // Nothing of the killed transaction is visible.
    expect(
      Object.values(await storedRows(db, org.id)).every((n) => n === 0),
    ).toBe(true);

    // A restarted worker reports the job as interrupted, once its heartbeat is stale.
    workers.push(
      await startWorker(loadConfig({ ...WORKER_ENV, LOG_LEVEL: 'silent' })),
    );
    const failed = await waitForJob(api, id);
    expect(failed).toMatchObject({
      status: 'FAILED',
      message: expect.stringMatching(/^Interrupted/),
    });

    const again = await waitForJob(
      api,
      (
        await uploadImport(
          api,
          { organizationId: org.id, kind: 'REQUESTS' },
          csv,
        )
      ).id,
    );
    expect(again).toMatchObject({ status: 'SUCCEEDED', rowsStored: 200_000 });
    expect((await storedRows(db, org.id)).request_fact).toBe(200_000);
  }, 180_000);

  it('parallel imports and dashboard reads lose no rows and read whole imports only', async () => {
    const org = await buildOrganization(api);
    while (workers.length < 3)
      workers.push(
        await startWorker(loadConfig({ ...WORKER_ENV, LOG_LEVEL: 'silent' })),
      );
    // Three files, different ids, the same departments and weeks: their
    // rollups touch the same department-days at the same time.
    const files = [
      requestFile('A', 30_000, 0),
      requestFile('B', 30_000, 1),
      requestFile('C', 30_000, 2),
    ];
    const itTotals = files.map(
      (file) => file.rows.filter((row) => row.department === 'IT').length,
    );
    // Any read sees each import all or nothing: its IT total is the sum of a subset of the files'.
    const possible = new Set(
      [0, 1, 2, 3, 4, 5, 6, 7].map((mask) =>
        itTotals.reduce(
          (sum, total, i) => sum + (mask & (1 << i) ? total : 0),
          0,
        ),
      ),
    );
    const jobs = await Promise.all(
      files.map((file, i) =>
        uploadImport(
          api,
          { organizationId: org.id, kind: 'REQUESTS' },
          file.csv,
          `part-${i}.csv`,
        ),
      ),
    );
    const reads: number[] = [];
    let finished = false;
    const done = Promise.all(
      jobs.map((started) => waitForJob(api, started.id)),
    ).finally(() => (finished = true));
    while (!finished) {
      const { serviceMetrics } = await api.ok(
        'query($id: ID!) { serviceMetrics(departmentId: $id, from: "2026-01-05", to: "2026-07-05", grain: WEEK) { total } }',
        { id: org.departments.it },
      );
      reads.push(
        serviceMetrics.reduce(
          (sum: number, point: { total: number }) => sum + point.total,
          0,
        ),
      );
      await sleep(50);
    }
    const results = await done;
    expect(results.map((result) => [result.status, result.message])).toEqual(
      [0, 1, 2].map(() => ['SUCCEEDED', expect.any(String)]),
    );
    expect(reads.filter((total) => !possible.has(total))).toEqual([]);

    // Every week's figures against the files, counted here.
    const all: GeneratedRequest[] = files.flatMap((file) => file.rows);
    const { serviceMetrics } = await api.ok(
      'query($id: ID!) { serviceMetrics(departmentId: $id, from: "2026-01-05", to: "2026-07-05", grain: WEEK) { periodStart total deflected noTouch resolved } }',
      { id: org.departments.hr },
    );
    for (const point of serviceMetrics) {
      const week = all.filter(
        (row) => row.department === 'HR' && row.weekStart === point.periodStart,
      );
      expect(point).toEqual({
        periodStart: point.periodStart,
        total: week.length,
        deflected: week.filter(
          (row) =>
            row.resolution === 'DEFLECTED' || row.resolution === 'NO_TOUCH',
        ).length,
        noTouch: week.filter((row) => row.resolution === 'NO_TOUCH').length,
        resolved: week.filter((row) => row.resolution !== 'UNRESOLVED').length,
      });
    }
    expect(
      serviceMetrics.reduce(
        (sum: number, point: { total: number }) => sum + point.total,
        0,
      ),
    ).toBe(all.filter((row) => row.department === 'HR').length);
    expect((await storedRows(db, org.id)).request_fact).toBe(90_000);
  }, 180_000);
});
