import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  ImportCancelledError,
  ImportRun,
  importRuns,
} from '../../../src/modules/imports/import-run';
import { buildMember, buildOrganization } from '../../support/fixtures';
import { requestFile, uploadImport } from '../../support/request-files';
import {
  errorCode,
  startTestApi,
  TEST_IMPORT_STORAGE_DIR,
  TestApi,
} from '../../support/test-api';

const ROOT = join(__dirname, '../../../../..');
const WORKER_ENV = {
  DATABASE_URL: process.env.TEST_DATABASE_URL!,
  IMPORT_STORAGE_DIR: TEST_IMPORT_STORAGE_DIR,
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const FIELDS = 'id status rowsRead rowsStored bytesRead message finishedAt';
const CANCEL = `mutation($id: ID!) { cancelImport(id: $id) { ${FIELDS} } }`;
const JOB = `query($id: ID!) { importJob(id: $id) { ${FIELDS} } }`;
const AUDIT_CSV =
  'department,request_type,channel,count\nIT,Password reset,EMAIL,12\n';

/** Rows an organisation has in the tables an import writes. */
async function storedRows(db: Client, organizationId: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM request_fact WHERE organization_id = $1)
          + (SELECT count(*) FROM request_day_rollup WHERE organization_id = $1)
          + (SELECT count(*) FROM audit WHERE organization_id = $1)::int AS n`,
    [organizationId],
  );
  return Number(rows[0].n);
}

/** A stand-alone worker in its own process (`npm run worker`), as in production. */
function spawnWorker(): ChildProcess {
  return spawn(
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
}

async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  attempts = 600,
): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const value = await read();
    if (done(value)) return value;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('cancelImport', () => {
  let api: TestApi;
  let db: Client;
  let worker: ChildProcess | null = null;

  beforeAll(async () => {
    // No worker in the API: jobs stay QUEUED until a test starts one.
    api = await startTestApi({ RUN_IMPORT_WORKER: 'false' });
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await db.end();
    await api.close();
  });

  const job = (id: string) =>
    api.ok(JOB, { id }).then((data) => data.importJob);
  const startAudit = async (organizationId: string, token?: string) =>
    (
      await api.ok(
        'mutation($input: StartImportInput!) { startImport(input: $input) { id status } }',
        {
          input: {
            organizationId,
            kind: 'AUDIT',
            csv: AUDIT_CSV,
            windowStart: '2026-03-02',
            windowEnd: '2026-03-15',
            createDepartments: true,
          },
        },
        token,
      )
    ).startImport as { id: string; status: string };

  it('cancels a queued job before it runs: its file is removed and a worker never runs it', async () => {
    const org = await buildOrganization(api);
    const started = await startAudit(org.id);
    expect(started.status).toBe('QUEUED');
    expect(existsSync(join(TEST_IMPORT_STORAGE_DIR, started.id))).toBe(true);

    const { cancelImport } = await api.ok(CANCEL, { id: started.id });
    expect(cancelImport).toMatchObject({
      status: 'CANCELLED',
      rowsStored: 0,
      message: 'Cancelled before it started: nothing was stored.',
      finishedAt: expect.any(String),
    });
    expect(existsSync(join(TEST_IMPORT_STORAGE_DIR, started.id))).toBe(false);
    // Cancelling again answers the same job.
    expect((await api.ok(CANCEL, { id: started.id })).cancelImport.status).toBe(
      'CANCELLED',
    );

    // A worker that starts afterwards picks the queued message up and leaves the job alone.
    worker = spawnWorker();
    const next = await startAudit(org.id);
    await until(
      () => job(next.id),
      (seen) => seen.status === 'SUCCEEDED',
      'the next import',
    );
    expect(await job(started.id)).toMatchObject({
      status: 'CANCELLED',
      rowsRead: 0,
    });
    expect(
      (
        await db.query(
          'SELECT count(*)::int AS n FROM audit_row r JOIN audit a ON a.id = r.audit_id WHERE a.organization_id = $1',
          [org.id],
        )
      ).rows[0].n,
    ).toBe(1);
  }, 60_000);

  it('stops a running import in a worker process: nothing stored, file and working tables gone, the worker goes on', async () => {
    const org = await buildOrganization(api);
    worker ??= spawnWorker();
    const { csv } = requestFile('CANCEL', 300_000);
    const before = await storedRows(db, org.id);
    const { id } = await uploadImport(
      api,
      { organizationId: org.id, kind: 'REQUESTS' },
      csv,
      'large.csv',
    );
    await until(
      () => job(id),
      (seen) => seen.status === 'RUNNING' && seen.bytesRead > 0,
      'the import to run',
    );

    const { cancelImport } = await api.ok(CANCEL, { id });
    expect(cancelImport).toMatchObject({
      status: 'CANCELLED',
      message: 'Cancelled while it ran: nothing was stored.',
    });
    // The worker stops at its next progress tick, rolls back and removes the staged file.
    await until(
      async () => existsSync(join(TEST_IMPORT_STORAGE_DIR, id)),
      (exists) => !exists,
      'the staged file to go',
      400,
    );
    const stopped = await until(
      () => job(id),
      (seen) => seen.rowsRead > 0 || seen.bytesRead > 0,
      'the report of the stop',
    );
    expect(stopped).toMatchObject({
      status: 'CANCELLED',
      rowsStored: 0,
      finishedAt: expect.any(String),
    });
    expect(await storedRows(db, org.id)).toBe(before);
    const { rows: schemas } = await db.query(
      'SELECT nspname FROM pg_namespace WHERE nspname LIKE $1',
      [`import_${id.replace(/-/g, '')}%`],
    );
    expect(schemas).toEqual([]);

    // The same worker then runs the next import to the end.
    const next = await uploadImport(
      api,
      { organizationId: org.id, kind: 'REQUESTS' },
      requestFile('AFTER', 50).csv,
      'small.csv',
    );
    expect(
      await until(
        () => job(next.id),
        (seen) => seen.status === 'SUCCEEDED',
        'the next import',
      ),
    ).toMatchObject({ rowsStored: 50 });
  }, 120_000);

  it('cancels the statement a running import is waiting in', async () => {
    const org = await buildOrganization(api);
    worker ??= spawnWorker();
    // The import's merge waits for this lock: the job is RUNNING, inside a statement.
    const blocker = new Client({
      connectionString: process.env.TEST_DATABASE_URL,
    });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE request_fact IN EXCLUSIVE MODE');
      const { id } = await uploadImport(
        api,
        { organizationId: org.id, kind: 'REQUESTS' },
        requestFile('WAIT', 500).csv,
        'waiting.csv',
      );
      await until(
        () =>
          db
            .query(
              `SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'request_fact'::regclass AND NOT granted`,
            )
            .then((r) => r.rows[0].n),
        (waiting) => waiting > 0,
        'the import to wait for the lock',
      );
      expect((await api.ok(CANCEL, { id })).cancelImport.status).toBe(
        'CANCELLED',
      );
      // Within a tick the waiting statement is cancelled and the import rolled back, the lock still held.
      await until(
        async () => existsSync(join(TEST_IMPORT_STORAGE_DIR, id)),
        (exists) => !exists,
        'the import to stop',
        200,
      );
      expect(
        await until(
          () => job(id),
          (seen) => seen.rowsRead > 0,
          'the report of the stop',
        ),
      ).toMatchObject({ status: 'CANCELLED', rowsStored: 0, rowsRead: 500 });
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    expect(await storedRows(db, org.id)).toBe(0);
  }, 60_000);

  it('commits an import only while its job is RUNNING, and then refuses to cancel it', async () => {
    const org = await buildOrganization(api);
    const dataSource = api.running.app.get(DataSource);
    const insertJob = async (status: string) =>
      (
        await db.query(
          `INSERT INTO import_job (organization_id, kind, format, status) VALUES ($1, 'AUDIT', 'GENERIC', $2) RETURNING id`,
          [org.id, status],
        )
      ).rows[0].id as string;
    const writeInRun = (jobId: string, name: string) =>
      importRuns.run(new ImportRun(jobId), () =>
        dataSource.transaction((manager) =>
          manager.query(
            'INSERT INTO department (organization_id, name, name_key, kind) VALUES ($1, $2, $3, $4)',
            [org.id, name, name.toLowerCase(), 'LEGAL'],
          ),
        ),
      );
    const departments = () =>
      db
        .query(
          'SELECT name FROM department WHERE organization_id = $1 AND kind = $2',
          [org.id, 'LEGAL'],
        )
        .then((r) => r.rows.map((row) => row.name));

    // Cancelled before its commit: the transaction rolls back.
    const cancelled = await insertJob('CANCELLED');
    await expect(writeInRun(cancelled, 'Legal A')).rejects.toBeInstanceOf(
      ImportCancelledError,
    );
    // Committed: the job row says so at once, and a late cancel is refused.
    const running = await insertJob('RUNNING');
    await writeInRun(running, 'Legal B');
    expect(await departments()).toEqual(['Legal B']);
    const late = await api.gql(CANCEL, { id: running });
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors?.[0].message).toContain('can no longer be cancelled');
  });

  it('is for whoever may start imports there: a viewer is refused, another organisation sees nothing', async () => {
    // No worker from here on: the jobs this test starts stay QUEUED.
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker!.once('exit', resolve));
      worker.kill('SIGKILL');
      await exited;
    }
    worker = null;
    const org = await buildOrganization(api);
    const other = await buildOrganization(api);
    const viewer = await buildMember(api, org.id, 'VIEWER');
    const outsider = await buildMember(api, other.id, 'ADMIN');
    const head = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.it,
    ]);
    const started = await startAudit(org.id);

    expect(
      errorCode(await api.gql(CANCEL, { id: started.id }, viewer.token)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await api.gql(CANCEL, { id: started.id }, outsider.token)),
    ).toBe('NOT_FOUND');
    // A department head sees (and may cancel) their own imports only.
    expect(
      errorCode(await api.gql(CANCEL, { id: started.id }, head.token)),
    ).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(CANCEL, { id: 'not-a-job' }))).toBe(
      'NOT_FOUND',
    );
    const own = await api.ok(
      'mutation($input: StartImportInput!) { startImport(input: $input) { id } }',
      {
        input: {
          organizationId: org.id,
          kind: 'AUDIT',
          csv: AUDIT_CSV,
          windowStart: '2026-03-02',
          windowEnd: '2026-03-15',
        },
      },
      head.token,
    );
    expect(
      (await api.ok(CANCEL, { id: own.startImport.id }, head.token))
        .cancelImport.status,
    ).toBe('CANCELLED');
    expect((await api.ok(CANCEL, { id: started.id })).cancelImport.status).toBe(
      'CANCELLED',
    );

    const finished = await db.query(
      `INSERT INTO import_job (organization_id, kind, format, status) VALUES ($1, 'AUDIT', 'GENERIC', 'SUCCEEDED') RETURNING id`,
      [org.id],
    );
    const refused = await api.gql(CANCEL, { id: finished.rows[0].id });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toBe(
      'the import has already succeeded: there is nothing to cancel',
    );
  });
});
