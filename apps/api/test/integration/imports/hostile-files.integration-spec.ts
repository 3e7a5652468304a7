import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { ImportProcessor } from '../../../src/modules/imports/import-processor.service';
import { buildOrganization, OrganizationFixture } from '../../support/fixtures';
import { JOB_FIELDS, waitForJob } from '../../support/imports';
import { uploadFile } from '../../support/request-files';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';
import { tinyZip } from '../../support/tiny-zip';

// docs/security.md, "Files": hostile workbooks, per-kind upload limits, the
// per-organisation cap on imports, and no file left behind.

const START = `mutation($input: StartImportInput!) { startImport(input: $input) { ${JOB_FIELDS} } }`;
const WINDOW = { windowStart: '2026-03-02', windowEnd: '2026-03-15' };
const AUDIT_HEADER =
  'department,request_type,channel,count,avg_handling_minutes,avg_first_response_hours\n';

const upload = uploadFile;

const MiB = 1024 * 1024;

async function auditWorkbook(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Audit');
  sheet.addRow(AUDIT_HEADER.trim().split(','));
  for (let i = 0; i < rows; i += 1)
    sheet.addRow(['HR', `Type ${i}`, 'EMAIL', 3, 10, 2]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('hostile files', () => {
  let storageDir: string;
  let api: TestApi;
  let db: Client;
  let org: OrganizationFixture;
  const staged = async () =>
    (await readdir(storageDir).catch(() => [] as string[])).sort();
  const jobCount = async (organizationId: string) =>
    (
      await db.query(
        'SELECT count(*)::int AS n FROM import_job WHERE organization_id = $1',
        [organizationId],
      )
    ).rows[0].n as number;

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'hostile-files-'));
    api = await startTestApi({
      IMPORT_STORAGE_DIR: storageDir,
      AUDIT_IMPORT_MAX_BYTES: String(64 * 1024),
    });
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
    org = await buildOrganization(api);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('fails an audit workbook that is a zip bomb, naming the limit, storing nothing and keeping no file', async () => {
    // A real workbook's files, with a sheet of 50 MiB of zeros (packs ~1,000 times).
    const bomb = tinyZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(50 * MiB) },
    ]);
    const started = await upload(
      api,
      { organizationId: org.id, kind: 'AUDIT', ...WINDOW },
      bomb,
      'audit.xlsx',
    );
    expect(started.errors).toBeUndefined();
    const job = await waitForJob(api, started.data!.startImport.id);
    expect(job).toMatchObject({ status: 'FAILED', rowsStored: 0 });
    expect(job.errors[0]).toEqual({
      line: 1,
      column: null,
      message: expect.stringMatching(
        /^the workbook was refused before reading: xl\/worksheets\/sheet1\.xml unpacks \d+ times its packed size; at most 200 \(limit: compression ratio\)$/,
      ),
      value: null,
    });
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM audit WHERE organization_id = $1',
      [org.id],
    );
    expect(rows[0].n).toBe(0);
    expect(await staged()).toEqual([]);
  });

  it('reads an honest workbook within the limits, then removes its file', async () => {
    const started = await upload(
      api,
      { organizationId: org.id, kind: 'AUDIT', ...WINDOW },
      await auditWorkbook(50),
      'audit.xlsx',
    );
    const job = await waitForJob(api, started.data!.startImport.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsRead: 50 });
    expect(await staged()).toEqual([]);
  });

  it('cuts off an audit upload over its kind’s limit, keeping nothing, while requests may be larger', async () => {
    const other = await buildOrganization(api);
    // 80 KiB of audit rows: over the 64 KiB audit limit this server has.
    const big = Buffer.from(
      AUDIT_HEADER + 'HR,Payslip query,EMAIL,3,10,2\n'.repeat(2_800),
    );
    expect(big.length).toBeGreaterThan(64 * 1024);
    const refused = await upload(
      api,
      { organizationId: other.id, kind: 'AUDIT', ...WINDOW },
      big,
      'audit.csv',
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.fields).toEqual([
      {
        field: 'file',
        message:
          'the file is larger than 65536 bytes, the limit for audit imports',
      },
    ]);
    expect(await jobCount(other.id)).toBe(0);
    expect(await staged()).toEqual([]);

    // Told the size up front, the server refuses before reading anything.
    const declared = await upload(
      api,
      {
        organizationId: other.id,
        kind: 'AUDIT',
        fileSize: big.length,
        ...WINDOW,
      },
      big,
      'audit.csv',
    );
    expect(declared.errors![0].extensions!.fields).toEqual([
      {
        field: 'file',
        message:
          'the file is larger than 65536 bytes, the limit for audit imports',
      },
    ]);

    const requests = Buffer.from(
      `external_id,department,opened_at,channel,resolution\n${'x'.repeat(80 * 1024)}\n`,
    );
    const accepted = await upload(
      api,
      { organizationId: other.id, kind: 'REQUESTS' },
      requests,
      'requests.csv',
    );
    expect(accepted.errors).toBeUndefined();
    await waitForJob(api, accepted.data!.startImport.id);
    expect(await staged()).toEqual([]);
  });
});

describe('the cap on an organisation’s imports', () => {
  let storageDir: string;
  let api: TestApi;

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'import-cap-'));
    // No worker in this process: jobs stay QUEUED.
    api = await startTestApi({
      IMPORT_STORAGE_DIR: storageDir,
      RUN_IMPORT_WORKER: 'false',
      IMPORT_MAX_ACTIVE_PER_ORGANIZATION: '2',
    });
  });
  afterAll(async () => {
    await api.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  const csv = `${AUDIT_HEADER}HR,Payslip query,EMAIL,3,10,2\n`;
  const start = (organizationId: string) =>
    api.gql(START, {
      input: {
        organizationId,
        kind: 'AUDIT',
        format: 'GENERIC',
        csv,
        ...WINDOW,
      },
    });

  it('refuses a start past the cap with CONFLICT, per organisation, and stages nothing for it', async () => {
    const org = await buildOrganization(api);
    expect((await start(org.id)).errors).toBeUndefined();
    expect((await start(org.id)).errors).toBeUndefined();
    const refused = await start(org.id);
    expect(refused.errors![0]).toMatchObject({
      message:
        'this organisation already has 2 imports queued or running, the most it may have at once (2); start this one when one of them has finished',
      extensions: { code: 'CONFLICT', limit: 'activeImports', max: 2 },
    });
    expect((await readdir(storageDir)).length).toBe(2);
    // Another organisation has its own count.
    expect(
      (await start((await buildOrganization(api)).id)).errors,
    ).toBeUndefined();
  });

  it('lets no more than the cap through when starts arrive together', async () => {
    const org = await buildOrganization(api);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => start(org.id)),
    );
    expect(results.filter((r) => !r.errors).length).toBe(2);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT').length).toBe(4);
  });
});

describe('files of interrupted jobs and leftovers', () => {
  let storageDir: string;
  let db: Client;

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'import-sweep-'));
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await rm(storageDir, { recursive: true, force: true });
  });

  const insertJob = async (
    organizationId: string,
    status: string,
    heartbeatAt: string | null,
  ) => {
    const id = randomUUID();
    await db.query(
      `INSERT INTO import_job (id, organization_id, kind, format, status, options, heartbeat_at, started_at)
       VALUES ($1, $2, 'AUDIT', 'GENERIC', $3, '{}', $4, now())`,
      [id, organizationId, status, heartbeatAt],
    );
    await writeFile(join(storageDir, id), 'staged');
    return id;
  };
  const age = (name: string, minutes: number) => {
    const when = new Date(Date.now() - minutes * 60_000);
    return utimes(join(storageDir, name), when, when);
  };

  it('removes the file of an interrupted job when it is failed, and sweeps leftovers on start', async () => {
    const setup = await startTestApi({
      IMPORT_STORAGE_DIR: storageDir,
      RUN_IMPORT_WORKER: 'false',
    });
    const org = await buildOrganization(setup);
    await setup.close();

    const interrupted = await insertJob(
      org.id,
      'RUNNING',
      new Date(Date.now() - 3_600_000).toISOString(),
    );
    const queued = await insertJob(org.id, 'QUEUED', null);
    const finished = await insertJob(org.id, 'SUCCEEDED', null);
    const orphan = randomUUID(); // staged, but no job was ever recorded (a crash in between)
    const freshOrphan = randomUUID(); // being recorded right now by another replica
    const oldPart = `${randomUUID()}.part`; // an upload cut short by a crash
    const livePart = `${randomUUID()}.part`; // an upload still streaming on another replica
    for (const name of [orphan, freshOrphan, oldPart, livePart])
      await writeFile(join(storageDir, name), 'x');
    await age(orphan, 30);
    await age(oldPart, 30);

    // Start: the sweep runs; the worker's first round fails the interrupted job.
    const api = await startTestApi({
      IMPORT_STORAGE_DIR: storageDir,
      RUN_IMPORT_WORKER: 'false',
    });
    try {
      expect((await readdir(storageDir)).sort()).toEqual(
        [freshOrphan, interrupted, livePart, queued].sort(),
      );
      expect(await api.running.app.get(ImportProcessor).failInterrupted()).toBe(
        1,
      );
      expect((await readdir(storageDir)).sort()).toEqual(
        [freshOrphan, livePart, queued].sort(),
      );
      const { rows } = await db.query(
        'SELECT status FROM import_job WHERE id = $1',
        [interrupted],
      );
      expect(rows[0].status).toBe('FAILED');
      expect(finished).toBeDefined();
    } finally {
      await api.close();
    }
  });
});
