import { Client } from 'pg';
import { buildMember, buildOrganization } from '../../support/fixtures';
import { importText, SAMPLE_WINDOW } from '../../support/imports';
import {
  startTestApi,
  TEST_ADMIN_TOKEN,
  TestApi,
} from '../../support/test-api';

const HEADER =
  'external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes';

/** invalidRows: SKIP and dryRun (data-formats §5) for every kind. */
describe('invalid rows: SKIP, the skipped-rows file and dry runs', () => {
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

  const facts = async (organizationId: string) =>
    (
      await db.query(
        `SELECT external_id FROM request_fact WHERE organization_id = $1 ORDER BY external_id`,
        [organizationId],
      )
    ).rows.map((r) => r.external_id);
  const download = (path: string, token: string | null = TEST_ADMIN_TOKEN) =>
    fetch(`${api.url}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  // Lines: 2 good; 3 resolved before opened (column 7); 4 unknown department
  // (column 2); 5 an unreadable time (column 5); 6 good; 7 repeats R1 of
  // line 2 (column 1); 8 a formula in an unreadable channel-free cell: an
  // empty request type (column 3) — its value is shown neutralised in the CSV.
  const mixed = [
    HEADER,
    'R1,HR,Payslip,EMAIL,2026-03-02T09:00:00Z,,,,,,',
    'R2,HR,Leave,EMAIL,2026-03-02T09:00:00Z,,2026-03-01T09:00:00Z,,,,',
    'R3,Marketing,Brand,EMAIL,2026-03-02T09:00:00Z,,,,,,',
    'R4,HR,Leave,EMAIL,yesterday,,,,,,',
    'R5,IT,Laptop,PORTAL,2026-03-03T10:00:00Z,,2026-03-03T11:00:00Z,AGENT,true,false,12',
    'R1,HR,Leave,EMAIL,2026-03-04T09:00:00Z,,,,,,',
    'R6,IT,,PORTAL,"=HYPERLINK(""x"")",,,,,,',
  ].join('\n');

  it('stores the valid request rows, lists the skipped ones and serves them as CSV', async () => {
    const org = await buildOrganization(api);
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: mixed,
      invalidRows: 'SKIP',
    });
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 7,
      rowsStored: 2,
      rowsSkipped: 5,
      rowsDuplicate: 0,
      invalidRows: 'SKIP',
      dryRun: false,
    });
    expect(
      job.errors.map((e: { line: number; column: number }) => [
        e.line,
        e.column,
      ]),
    ).toEqual([
      [3, 7],
      [4, 2],
      [5, 5],
      [7, 1],
      [8, 3],
      [8, 5],
    ]);
    expect(job.errors[3]).toMatchObject({
      message: 'external_id R1 is also on line 2',
      value: 'R1',
    });
    expect(job.message).toContain('5 invalid rows skipped');
    expect(await facts(org.id)).toEqual(['R1', 'R5']);

    const response = await download(job.skippedRowsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('line,column,message,value');
    expect(lines).toHaveLength(7);
    expect(lines[2]).toMatch(/^4,2,"?unknown department ""?Marketing/);
    // The formula the file carried comes back as text, not as a formula.
    expect(lines[6]).toMatch(/^8,5,.*,"'=HYPERLINK\(""x""\)"$/);
  });

  it('keeps FAIL as the default: the same file stores nothing', async () => {
    const org = await buildOrganization(api);
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: mixed,
    });
    expect(job).toMatchObject({
      status: 'FAILED',
      rowsStored: 0,
      rowsSkipped: 0,
      invalidRows: 'FAIL',
      skippedRowsUrl: null,
    });
    expect(await facts(org.id)).toEqual([]);
  });

  it('fails a SKIP import whose rows are all invalid, storing nothing', async () => {
    const org = await buildOrganization(api);
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: `${HEADER}\nR1,Nowhere,X,EMAIL,2026-03-02T09:00:00Z,,,,,,\nR2,HR,X,EMAIL,never,,,,,,\n`,
      invalidRows: 'SKIP',
    });
    expect(job).toMatchObject({
      status: 'FAILED',
      rowsStored: 0,
      errorCount: 2,
      message: expect.stringContaining('None of the 2 rows is valid'),
    });
  });

  it('writes a long list in batches while the rows stream (5,000 skipped of 5,100)', async () => {
    const org = await buildOrganization(api);
    const rows = [HEADER];
    for (let i = 0; i < 5_100; i += 1)
      rows.push(
        i % 51 === 0
          ? `G${i},HR,X,EMAIL,2026-03-02T09:00:00Z,,,,,,`
          : `B${i},HR,X,EMAIL,not a time,,,,,,`,
      );
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: rows.join('\n'),
      invalidRows: 'SKIP',
    });
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 100,
      rowsSkipped: 5_000,
      errorCount: 5_000,
    });
    expect(job.errors).toHaveLength(100);
    const text = await (await download(job.skippedRowsUrl)).text();
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(5_001);
    // In file order: line 3 is the first broken row (line 2 holds G0).
    expect(lines[1]).toMatch(/^3,5,/);
    expect(lines[5_000]).toMatch(/^5101,5,/);
  });

  it('runs a dry run to the end and rolls it back: nothing stored, no department created, the list kept', async () => {
    const org = await buildOrganization(api);
    const csv = `${HEADER}\nR1,Security,Phishing,EMAIL,2026-03-02T09:00:00Z,,,,,,\nR2,HR,Leave,EMAIL,never,,,,,,\n`;
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv,
      invalidRows: 'SKIP',
      dryRun: true,
      createDepartments: true,
    });
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      dryRun: true,
      rowsStored: 1,
      rowsSkipped: 1,
    });
    expect(job.message).toMatch(/^Dry run, nothing was stored/);
    expect(job.message).toContain('Created 1 department: Security');
    expect(await facts(org.id)).toEqual([]);
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM department WHERE organization_id = $1 AND name = 'Security'`,
      [org.id],
    );
    expect(rows[0].n).toBe(0);
    const { rows: rollups } = await db.query(
      `SELECT count(*)::int AS n FROM request_day_rollup WHERE organization_id = $1`,
      [org.id],
    );
    expect(rollups[0].n).toBe(0);
    expect((await download(job.skippedRowsUrl)).status).toBe(200);
    // The real import afterwards stores what the dry run said.
    const real = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv,
      invalidRows: 'SKIP',
      createDepartments: true,
    });
    expect(real).toMatchObject({
      status: 'SUCCEEDED',
      dryRun: false,
      rowsStored: 1,
      rowsSkipped: 1,
    });
    expect(await facts(org.id)).toEqual(['R1']);
  });

  it('skips invalid audit rows and rows of unknown departments, storing the rest', async () => {
    const org = await buildOrganization(api);
    const csv = [
      'department,request_type,channel,count',
      'HR,Payslip,EMAIL,12',
      'HR,Leave,EMAIL,-3',
      'Marketing,Brand,EMAIL,4',
      'HR,Payslip,EMAIL,5',
      'HR,Leave,PORTAL,7',
    ].join('\n');
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv,
      ...SAMPLE_WINDOW,
      invalidRows: 'SKIP',
    });
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 5,
      rowsStored: 2,
      rowsSkipped: 3,
    });
    expect(
      job.errors.map((e: { line: number; column: number | null }) => [
        e.line,
        e.column,
      ]),
    ).toEqual([
      [3, 4],
      [4, 1],
      [5, null],
    ]);
    const { rows } = await db.query(
      `SELECT r.request_type, r.channel, r.count FROM audit_row r JOIN audit a ON a.id = r.audit_id WHERE a.organization_id = $1 ORDER BY 1, 2`,
      [org.id],
    );
    expect(rows).toEqual([
      { request_type: 'Leave', channel: 'PORTAL', count: 7 },
      { request_type: 'Payslip', channel: 'EMAIL', count: 12 },
    ]);
  });

  it('skips invalid weekly metrics rows, and a dry run of them stores nothing', async () => {
    const org = await buildOrganization(api);
    const csv = [
      'department,week_start,total,deflected,no_touch,resolved',
      'HR,2026-03-02,10,2,1,9',
      'HR,2026-03-03,10,2,1,9',
      'HR,2026-03-09,5,9,0,5',
    ].join('\n');
    const dry = await importText(api, {
      organizationId: org.id,
      kind: 'METRICS',
      csv,
      invalidRows: 'SKIP',
      dryRun: true,
    });
    expect(dry).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 1,
      rowsSkipped: 2,
      dryRun: true,
    });
    const count = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM weekly_metric WHERE organization_id = $1`,
          [org.id],
        )
      ).rows[0].n;
    expect(await count()).toBe(0);
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'METRICS',
      csv,
      invalidRows: 'SKIP',
    });
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 1,
      rowsSkipped: 2,
    });
    expect(await count()).toBe(1);
  });

  it('lets whoever may read the job download its list, and no one else', async () => {
    const org = await buildOrganization(api);
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: mixed,
      invalidRows: 'SKIP',
    });
    expect(job.skippedRowsUrl).toBe(
      `/exports/imports/${job.id}/skipped-rows.csv`,
    );
    const viewer = await buildMember(api, org.id, 'VIEWER');
    expect((await download(job.skippedRowsUrl, viewer.token)).status).toBe(200);
    const other = await buildOrganization(api);
    const outsider = await buildMember(api, other.id, 'ADMIN');
    expect((await download(job.skippedRowsUrl, outsider.token)).status).toBe(
      404,
    );
    // A department head reads only the imports they started.
    const head = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.hr,
    ]);
    expect((await download(job.skippedRowsUrl, head.token)).status).toBe(404);
    expect((await download(job.skippedRowsUrl, null)).status).toBe(401);
    expect(
      (await download('/exports/imports/not-a-job/skipped-rows.csv')).status,
    ).toBe(404);
  });
});
