import { Client } from 'pg';
import ExcelJS from 'exceljs';
import { buildOrganization } from '../../support/fixtures';
import {
  importText,
  JOB_FIELDS,
  readSample,
  SAMPLE_METRICS,
  SAMPLE_WINDOW,
  sampleRows,
  waitForJob,
} from '../../support/imports';
import {
  startTestApi,
  TEST_ADMIN_TOKEN,
  TestApi,
} from '../../support/test-api';

const START = `mutation($input: StartImportInput!) { startImport(input: $input) { ${JOB_FIELDS} } }`;

/** A GraphQL multipart request (graphql-multipart-request-spec) with one file. */
function multipart(
  input: Record<string, unknown>,
  file: Buffer,
  fileName: string,
): FormData {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query: START,
      variables: { input: { ...input, file: null } },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', new Blob([file]), fileName);
  return form;
}

async function upload(
  api: TestApi,
  form: FormData,
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, ...headers },
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json().catch(() => null)) as any,
  };
}

describe('the import pipeline', () => {
  let api: TestApi;
  let db: Client;
  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('takes a streamed multipart upload, and refuses one without the CSRF preflight header', async () => {
    const org = await buildOrganization(api);
    const input = {
      organizationId: org.id,
      kind: 'AUDIT',
      format: 'GENERIC',
      ...SAMPLE_WINDOW,
    };
    const blocked = await upload(
      api,
      multipart(input, Buffer.from(sampleRows(['HR'])), 'hr.csv'),
      {},
    );
    expect(blocked.status).toBe(400);
    const { status, body } = await upload(
      api,
      multipart(input, Buffer.from(sampleRows(['HR'])), 'hr.csv'),
    );
    expect(status).toBe(200);
    expect(body.data.startImport).toMatchObject({
      status: 'QUEUED',
      fileName: 'hr.csv',
    });
    const job = await waitForJob(api, body.data.startImport.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsStored: 39 });
  });

  it('reads an XLSX workbook like a CSV file', async () => {
    const org = await buildOrganization(api);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Audit');
    sheet.addRow(['Department', 'Request type', 'Channel', 'Count']);
    sheet.addRow(['HR', 'Payslip query', 'EMAIL', 12]);
    sheet.addRow(['HR', 'Leave', 'PORTAL', 8]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const { body } = await upload(
      api,
      multipart(
        {
          organizationId: org.id,
          kind: 'AUDIT',
          format: 'GENERIC',
          ...SAMPLE_WINDOW,
        },
        file,
        'audit.xlsx',
      ),
    );
    const job = await waitForJob(api, body.data.startImport.id);
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 2,
      rowsStored: 2,
    });
  });

  it('reads `;`-separated files with a byte-order mark', async () => {
    const org = await buildOrganization(api);
    const csv =
      '\uFEFFdepartment;request_type;channel;count;avg_handling_minutes\nHR;Payslip;EMAIL;3;7.5\n';
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv,
      ...SAMPLE_WINDOW,
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsStored: 1 });
  });

  it('imports weekly metrics, idempotently', async () => {
    const org = await buildOrganization(api);
    const csv = readSample(SAMPLE_METRICS);
    const rows = csv.trim().split('\n').length - 1;
    const first = await importText(api, {
      organizationId: org.id,
      kind: 'METRICS',
      csv,
    });
    expect(first).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: rows,
      rowsStored: rows,
    });
    const again = await importText(api, {
      organizationId: org.id,
      kind: 'METRICS',
      csv,
    });
    expect(again).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 0,
      rowsDuplicate: rows,
    });
    const {
      rows: [{ count }],
    } = await db.query(
      'SELECT count(*)::int AS count FROM weekly_metric WHERE organization_id = $1',
      [org.id],
    );
    expect(count).toBe(rows);
  });

  it('stores nothing when the write fails half-way', async () => {
    const org = await buildOrganization(api);
    // A trigger that fails on one row, after other rows of the same import
    // have been written inside the transaction.
    await db.query(`CREATE OR REPLACE FUNCTION fail_on_boom() RETURNS trigger AS $$
      BEGIN IF NEW.request_type = 'BOOM' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.query(
      'CREATE TRIGGER fail_on_boom BEFORE INSERT ON audit_row FOR EACH ROW EXECUTE FUNCTION fail_on_boom()',
    );
    try {
      const csv = `${sampleRows(['IT', 'HR'])}FINANCE,BOOM,EMAIL,1\n`;
      const job = await importText(api, {
        organizationId: org.id,
        kind: 'AUDIT',
        csv,
        ...SAMPLE_WINDOW,
        createDepartments: true,
      });
      expect(job.status).toBe('FAILED');
      expect(job.message).toMatch(/nothing was stored/);
      expect(JSON.stringify(job)).not.toMatch(/disk full|trigger|audit_row/);
    } finally {
      await db.query('DROP TRIGGER fail_on_boom ON audit_row');
    }
    const { rows } = await db.query(
      'SELECT count(*)::int AS count FROM audit WHERE organization_id = $1',
      [org.id],
    );
    expect(rows[0].count).toBe(0);
  });

  it('reports a job whose worker died as FAILED, never leaving it RUNNING', async () => {
    const org = await buildOrganization(api);
    const { rows } = await db.query(
      `INSERT INTO import_job (organization_id, kind, format, status, started_at, heartbeat_at)
       VALUES ($1, 'AUDIT', 'GENERIC', 'RUNNING', now() - interval '1 minute', now() - interval '1 minute') RETURNING id`,
      [org.id],
    );
    const job = await waitForJob(api, rows[0].id);
    expect(job).toMatchObject({
      status: 'FAILED',
      message: expect.stringMatching(/^Interrupted/),
    });
  });

  it('lists the organisation’s imports, newest first', async () => {
    const org = await buildOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: sampleRows(['HR']),
      ...SAMPLE_WINDOW,
      fileName: 'first.csv',
    });
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: sampleRows(['IT']),
      ...SAMPLE_WINDOW,
      fileName: 'second.csv',
    });
    const { importJobs } = await api.ok(
      'query($id: ID!) { importJobs(organizationId: $id) { fileName status } }',
      { id: org.id },
    );
    expect(importJobs).toEqual([
      { fileName: 'second.csv', status: 'SUCCEEDED' },
      { fileName: 'first.csv', status: 'SUCCEEDED' },
    ]);
  });
});
