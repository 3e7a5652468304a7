import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { buildOrganization } from '../../support/fixtures';
import { importText, SAMPLE_REQUESTS } from '../../support/imports';
import { startTestApi, TestApi } from '../../support/test-api';

const HEADER =
  'external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes';

describe('request imports (format 2, COPY)', () => {
  let api: TestApi;
  let db: Client;
  const sample = readFileSync(SAMPLE_REQUESTS, 'utf8');
  const sampleRows = sample.trim().split('\n').length - 1;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const count = async (organizationId: string, where = 'true') =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM request_fact WHERE organization_id = $1 AND ${where}`,
        [organizationId],
      )
    ).rows[0].n;

  it('loads the sample file, then changes nothing when it comes again', async () => {
    const org = await buildOrganization(api);
    const first = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: sample,
    });
    expect(first).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: sampleRows,
      rowsStored: sampleRows,
      rowsDuplicate: 0,
    });
    expect(await count(org.id)).toBe(sampleRows);
    // Independent check of a few stored values against the file's first row.
    const { rows } = await db.query(
      `SELECT r.request_type, r.channel, r.resolution, r.sla_met, r.reopened, r.handling_minutes::float AS minutes, d.name,
              to_char(r.opened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS opened
       FROM request_fact r JOIN department d ON d.id = r.department_id WHERE r.organization_id = $1 AND r.external_id = 'REQ0000001'`,
      [org.id],
    );
    expect(rows[0]).toEqual({
      request_type: 'BitLocker recovery',
      channel: 'VIRTUAL_AGENT',
      resolution: 'AGENT',
      sla_met: true,
      reopened: false,
      minutes: 36.3,
      name: 'IT',
      opened: '2026-01-06T17:55:24Z',
    });
    const again = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: sample,
    });
    expect(again).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 0,
      rowsDuplicate: sampleRows,
    });
    expect(await count(org.id)).toBe(sampleRows);
  });

  it('updates only the requests that changed, by external id', async () => {
    const org = await buildOrganization(api);
    const file = (resolution: string) =>
      `${HEADER}\nR1,HR,Payslip,EMAIL,2026-03-02T09:00:00Z,,,,,,\nR2,HR,Leave,PORTAL,2026-03-02T10:00:00Z,,2026-03-02T11:00:00Z,${resolution},true,,5\n`;
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: file('AGENT'),
    });
    const changed = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: file('DEFLECTED'),
    });
    expect(changed).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 1,
      rowsDuplicate: 1,
    });
    expect(await count(org.id, "resolution = 'DEFLECTED'")).toBe(1);
  });

  it('reads times without an offset in the organisation’s time zone and says so', async () => {
    const { createOrganization } = await api.ok(
      'mutation { createOrganization(input: { name: "Paris Org", timeZone: "Europe/Paris" }) { id } }',
    );
    await api.ok(
      'mutation($id: ID!) { createDepartment(input: { organizationId: $id, name: "HR", kind: HR }) { id } }',
      { id: createOrganization.id },
    );
    const job = await importText(api, {
      organizationId: createOrganization.id,
      kind: 'REQUESTS',
      csv: `${HEADER}\nP1,HR,Payslip,EMAIL,2026-03-02 09:00:00,,,,,,\n`,
    });
    expect(job.message).toContain(
      '1 row had times without an offset, read in Europe/Paris.',
    );
    const { rows } = await db.query(
      `SELECT opened_at FROM request_fact WHERE organization_id = $1`,
      [createOrganization.id],
    );
    expect(rows[0].opened_at.toISOString()).toBe('2026-03-02T08:00:00.000Z');
  });

  it('stores nothing when any row is wrong, and reports each with line and column', async () => {
    const org = await buildOrganization(api);
    const csv = [
      HEADER,
      'R1,HR,Payslip,EMAIL,2026-03-02T09:00:00Z,,,,,,',
      'R2,HR,Leave,EMAIL,2026-03-02T09:00:00Z,,2026-03-01T09:00:00Z,,,,',
      'R3,Marketing,Brand,EMAIL,2026-03-02T09:00:00Z,,,,,,',
      'R4,HR,Leave,EMAIL,yesterday,,,,,,',
    ].join('\n');
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv,
    });
    expect(job.status).toBe('FAILED');
    expect(
      job.errors.map((e: { line: number; column: number }) => [
        e.line,
        e.column,
      ]),
    ).toEqual([
      [3, 7],
      [4, 2],
      [5, 5],
    ]);
    expect(await count(org.id)).toBe(0);
  });

  it('refuses the same external id twice in one file', async () => {
    const org = await buildOrganization(api);
    const csv = `${HEADER}\nR1,HR,Payslip,EMAIL,2026-03-02T09:00:00Z,,,,,,\nR2,HR,Payslip,EMAIL,2026-03-02T09:00:00Z,,,,,,\nR1,HR,Leave,EMAIL,2026-03-02T09:00:00Z,,,,,,\n`;
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv,
    });
    expect(job.errors).toEqual([
      expect.objectContaining({
        line: 4,
        column: 1,
        message: 'external_id R1 is also on line 2',
      }),
    ]);
    expect(await count(org.id)).toBe(0);
  });

  it('creates departments the file names when asked', async () => {
    const org = await buildOrganization(api);
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: `${HEADER}\nS1,Security,Phishing,EMAIL,2026-03-02T09:00:00Z,,,,,,\n`,
      createDepartments: true,
    });
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 1,
      message: expect.stringContaining('Created 1 department: Security.'),
    });
  });
});

// Polls of 100 ms: up to 100 s for a big file on a loaded CI machine.
const BIG_FILE_POLLS = 1_000;

describe('aggregated files of unusual size', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('imports a 60,000-row audit in one piece', async () => {
    const org = await buildOrganization(api);
    const job = await importText(
      api,
      {
        organizationId: org.id,
        kind: 'AUDIT',
        csv: bigAudit(60_000),
        windowStart: '2026-03-02',
        windowEnd: '2026-03-15',
      },
      undefined,
      BIG_FILE_POLLS,
    );
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsStored: 60_000 });
    // A few seconds alone; a shared CI machine can take several times that.
  }, 120_000);

  it('refuses an audit of more than 100,000 rows, saying why', async () => {
    const org = await buildOrganization(api);
    const job = await importText(
      api,
      {
        organizationId: org.id,
        kind: 'AUDIT',
        csv: bigAudit(100_001),
        windowStart: '2026-03-02',
        windowEnd: '2026-03-15',
      },
      undefined,
      BIG_FILE_POLLS,
    );
    expect(job.status).toBe('FAILED');
    expect(job.errors[0]).toMatchObject({
      line: 100_002,
      message: expect.stringContaining('more than 100,000 rows'),
    });
  }, 120_000);
});

function bigAudit(rows: number): string {
  const lines = ['department,request_type,channel,count'];
  for (let i = 0; i < rows; i += 1) lines.push(`HR,T${i},FORM,1`);
  return `${lines.join('\n')}\n`;
}
