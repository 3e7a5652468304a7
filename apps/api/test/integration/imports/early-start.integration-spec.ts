import { request } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { buildOrganization, OrganizationFixture } from '../../support/fixtures';
import { JOB_FIELDS, waitForJob } from '../../support/imports';
import { requestFile, uploadFile } from '../../support/request-files';
import {
  errorCode,
  startTestApi,
  TestApi,
  TEST_ADMIN_TOKEN,
} from '../../support/test-api';

// Decision 0031: a request import's job starts once IMPORT_EARLY_START_BYTES
// of its upload have arrived, its worker reading the file as the rest is
// written; an upload that fails after that withdraws its job.

const START = `mutation($input: StartImportInput!) { startImport(input: $input) { ${JOB_FIELDS} } }`;
const BOUNDARY = 'early-start-boundary';

/**
 * startImport as a multipart upload sent in two parts: the second only once
 * `between` resolves — or never, the request then cut off (`abort`).
 */
function uploadInTwo(
  api: TestApi,
  input: Record<string, unknown>,
  file: Buffer,
  split: number,
  between: () => Promise<'continue' | 'abort'>,
): Promise<{ status: number; body: any } | 'aborted'> {
  const operations = JSON.stringify({
    query: START,
    variables: { input: { format: 'GENERIC', ...input, file: null } },
  });
  const head =
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify({ 0: ['variables.input.file'] })}\r\n` +
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"; filename="requests.csv"\r\nContent-Type: text/csv\r\n\r\n`;
  return new Promise((resolve, reject) => {
    const req = request(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TEST_ADMIN_TOKEN}`,
        'apollo-require-preflight': 'true',
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      },
    });
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        }),
      );
    });
    req.on('error', (error) =>
      req.destroyed ? resolve('aborted') : reject(error),
    );
    req.write(head);
    req.write(file.subarray(0, split));
    between().then((next) => {
      if (next === 'abort') {
        req.destroy();
        setTimeout(() => resolve('aborted'), 100);
        return;
      }
      req.end(
        Buffer.concat([
          file.subarray(split),
          Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
        ]),
      );
    }, reject);
  });
}

describe('a request import started before its upload ends', () => {
  let storageDir: string;
  let api: TestApi;
  let db: Client;
  let org: OrganizationFixture;
  const staged = async () =>
    (await readdir(storageDir).catch(() => [] as string[])).sort();
  const jobs = async () =>
    (
      await db.query(
        'SELECT id, status FROM import_job WHERE organization_id = $1',
        [org.id],
      )
    ).rows as { id: string; status: string }[];
  const facts = async () =>
    (
      await db.query(
        'SELECT count(*)::int AS n FROM request_fact WHERE organization_id = $1',
        [org.id],
      )
    ).rows[0].n as number;
  const until = async (what: () => Promise<boolean>) => {
    for (let i = 0; i < 300; i += 1) {
      if (await what()) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('timed out');
  };

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'early-start-'));
    api = await startTestApi({
      IMPORT_STORAGE_DIR: storageDir,
      IMPORT_EARLY_START_BYTES: '4096',
      IMPORT_MAX_BYTES: String(512 * 1024),
    });
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  beforeEach(async () => {
    org = await buildOrganization(api);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('runs the job while the upload is still arriving, and reads the whole file', async () => {
    const { csv } = requestFile('early', 2_000);
    const file = Buffer.from(csv);
    const answer = await uploadInTwo(
      api,
      { organizationId: org.id, kind: 'REQUESTS' },
      file,
      64 * 1024,
      // The worker has the job before the rest of the file is sent.
      async () => {
        await until(async () => (await jobs())[0]?.status === 'RUNNING');
        return 'continue';
      },
    );
    if (answer === 'aborted') throw new Error('the upload was cut off');
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.startImport.bytesTotal).toBe(file.length);
    const job = await waitForJob(api, answer.body.data.startImport.id);
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 2_000,
      rowsStored: 2_000,
      bytesTotal: file.length,
    });
    expect(await facts()).toBe(2_000);
    expect(await staged()).toEqual([]);
  });

  it('withdraws the job of an upload cut off by the client, storing nothing and keeping no file', async () => {
    const { csv } = requestFile('cut', 2_000);
    const answer = await uploadInTwo(
      api,
      { organizationId: org.id, kind: 'REQUESTS' },
      Buffer.from(csv),
      64 * 1024,
      async () => {
        await until(async () => (await jobs())[0]?.status === 'RUNNING');
        return 'abort';
      },
    );
    expect(answer).toBe('aborted');
    await until(async () => (await jobs()).length === 0);
    await until(async () => (await staged()).length === 0);
    expect(await facts()).toBe(0);
  });

  it('stops a job cancelled while its upload arrives, without waiting for the rest', async () => {
    const { csv } = requestFile('cancelled', 2_000);
    const copying = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ~* '^\\s*copy\\s' AND state = 'active'`,
        )
      ).rows[0].n as number;
    const answer = await uploadInTwo(
      api,
      { organizationId: org.id, kind: 'REQUESTS' },
      Buffer.from(csv),
      64 * 1024,
      async () => {
        // The worker's COPY is reading what has arrived, waiting for the rest.
        await until(async () => (await copying()) === 1);
        const [{ id }] = await jobs();
        const { cancelImport } = await api.ok(
          `mutation($id: ID!) { cancelImport(id: $id) { status } }`,
          { id },
        );
        expect(cancelImport.status).toBe('CANCELLED');
        // The worker's COPY ends before the rest of the file is sent.
        await until(async () => (await copying()) === 0);
        return 'continue';
      },
    );
    if (answer === 'aborted') throw new Error('the upload was cut off');
    expect(answer.body.errors).toBeUndefined();
    expect((await jobs())[0].status).toBe('CANCELLED');
    await until(async () => (await staged()).length === 0);
    expect(await facts()).toBe(0);
  });

  it('withdraws the job of an upload past the size limit, as if it had never started', async () => {
    const { csv } = requestFile('big', 7_000);
    expect(csv.length).toBeGreaterThan(512 * 1024);
    const refused = await uploadFile(
      api,
      { organizationId: org.id, kind: 'REQUESTS' },
      csv,
      'requests.csv',
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.fields).toEqual([
      {
        field: 'file',
        message:
          'the file is larger than 524288 bytes, the limit for requests imports',
      },
    ]);
    expect(await jobs()).toEqual([]);
    await until(async () => (await staged()).length === 0);
    expect(await facts()).toBe(0);
  });
});
