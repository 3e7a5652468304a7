import { buildMember, buildOrganization } from '../../support/fixtures';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';
import {
  importText,
  readSample,
  SAMPLE_AUDIT,
  SAMPLE_WINDOW,
  sampleRows,
  startImport,
} from '../../support/imports';

const BASELINE = `query($id: ID!) { baseline(departmentId: $id) {
  windowStart windowEnd windowDays totalRequests monthlyVolume informalShare avgHandlingMinutes avgFirstResponseHours
  byChannel { channel count share } topRequestTypes(limit: 3) { requestType count share cumulativeShare } catalogCoverage importedAt } }`;

// Independent arithmetic over the sample file (no domain code): the HR rows.
function hrFigures() {
  const rows = readSample(SAMPLE_AUDIT)
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(([department]) => department === 'HR');
  const total = rows.reduce((sum, row) => sum + Number(row[3]), 0);
  const informal = rows
    .filter((row) =>
      ['EMAIL', 'CHAT', 'PHONE', 'WALK_UP', 'SPREADSHEET', 'OTHER'].includes(
        row[2],
      ),
    )
    .reduce((sum, row) => sum + Number(row[3]), 0);
  return {
    total,
    informalShare: informal / total,
    monthlyVolume: (total * 365.25) / 12 / 14,
  };
}

describe('audit imports (format 1)', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('imports the sample audit and serves each department’s baseline', async () => {
    const org = await buildOrganization(api);
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: sampleRows(['IT', 'HR', 'FINANCE']),
      ...SAMPLE_WINDOW,
      fileName: 'audit.csv',
    });
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 108,
      rowsStored: 108,
      rowsDuplicate: 0,
      errorCount: 0,
      fileName: 'audit.csv',
    });
    expect(job.bytesRead).toBe(job.bytesTotal);

    const { baseline } = await api.ok(BASELINE, { id: org.departments.hr });
    const expected = hrFigures();
    expect(baseline).toMatchObject({
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
      windowDays: 14,
      totalRequests: expected.total,
      catalogCoverage: 0,
    });
    expect(baseline.monthlyVolume).toBeCloseTo(expected.monthlyVolume, 9);
    expect(baseline.informalShare).toBeCloseTo(expected.informalShare, 12);
    expect(
      baseline.byChannel.reduce(
        (sum: number, c: { count: number }) => sum + c.count,
        0,
      ),
    ).toBe(expected.total);
    expect(baseline.topRequestTypes).toHaveLength(3);
  });

  it('changes nothing when the same file is imported again, and says so', async () => {
    const org = await buildOrganization(api);
    const input = {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: sampleRows(['IT']),
      ...SAMPLE_WINDOW,
    };
    const first = await importText(api, input);
    const { baseline: before } = await api.ok(BASELINE, {
      id: org.departments.it,
    });
    const again = await importText(api, input);
    expect(again).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 0,
      rowsDuplicate: first.rowsStored,
    });
    const { baseline: after } = await api.ok(BASELINE, {
      id: org.departments.it,
    });
    expect(after).toEqual(before);
  });

  it('replaces the same window, keeps other windows as history, latest first', async () => {
    const org = await buildOrganization(api);
    const header = 'department,request_type,channel,count\n';
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: `${header}HR,Payslip,EMAIL,10\n`,
      windowStart: '2026-01-05',
      windowEnd: '2026-01-18',
    });
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: `${header}HR,Payslip,EMAIL,30\n`,
      ...SAMPLE_WINDOW,
    });
    const replaced = await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: `${header}HR,Payslip,PORTAL,20\n`,
      ...SAMPLE_WINDOW,
    });
    expect(replaced.rowsStored).toBe(1);
    const { baselineHistory } = await api.ok(
      'query($id: ID!) { baselineHistory(departmentId: $id) { windowStart totalRequests byChannel { channel count } } }',
      { id: org.departments.hr },
    );
    expect(
      baselineHistory.map(
        (b: { windowStart: string; totalRequests: number }) => [
          b.windowStart,
          b.totalRequests,
        ],
      ),
    ).toEqual([
      ['2026-03-02', 20],
      ['2026-01-05', 10],
    ]);
  });

  it('refuses a broken file with every error’s line and column, and stores nothing', async () => {
    const org = await buildOrganization(api);
    const csv = [
      'department,request_type,channel,count,avg_handling_minutes',
      'HR,Payslip,EMAIL,12,5',
      'HR,Leave,EMAIL,-3,5',
      'HR,Leave,PORTAL,abc,x',
      'HR,Onboarding,EMAIL',
      'Marketing,Brand,EMAIL,4,',
    ].join('\n');
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv,
      ...SAMPLE_WINDOW,
    });
    expect(job.status).toBe('FAILED');
    expect(job.rowsStored).toBe(0);
    const where = job.errors.map(
      (e: { line: number; column: number | null }) => [e.line, e.column],
    );
    expect(where).toEqual(
      expect.arrayContaining([
        [3, 4],
        [4, 4],
        [4, 5],
        [5, null],
      ]),
    );
    expect(job.errorCount).toBe(job.errors.length);
    const { baseline } = await api.ok(BASELINE, { id: org.departments.hr });
    expect(baseline).toBeNull();
  });

  it('names unknown departments, or creates them when asked', async () => {
    const org = await buildOrganization(api);
    const csv =
      'department,request_type,channel,count\nHR,Payslip,EMAIL,3\nProcurement,PO,EMAIL,4\n';
    const refused = await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv,
      ...SAMPLE_WINDOW,
    });
    expect(refused.errors).toEqual([
      expect.objectContaining({ line: 3, column: 1, value: 'Procurement' }),
    ]);
    const created = await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv,
      ...SAMPLE_WINDOW,
      createDepartments: true,
    });
    expect(created).toMatchObject({ status: 'SUCCEEDED', rowsStored: 2 });
    const { departments } = await api.ok(
      'query($id: ID!) { departments(organizationId: $id) { name kind baseline { totalRequests } } }',
      { id: org.id },
    );
    expect(departments).toContainEqual({
      name: 'Procurement',
      kind: 'PROCUREMENT',
      baseline: { totalRequests: 4 },
    });
  });

  it('maps file names onto departments', async () => {
    const org = await buildOrganization(api);
    const csv =
      'department,request_type,channel,count\nPeople Team,Payslip,EMAIL,3\n';
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv,
      ...SAMPLE_WINDOW,
      departmentMapping: [{ source: 'people team', department: 'HR' }],
    });
    expect(job.status).toBe('SUCCEEDED');
    expect(
      (await api.ok(BASELINE, { id: org.departments.hr })).baseline
        .totalRequests,
    ).toBe(3);
  });

  it('reports channel values it stored as OTHER', async () => {
    const org = await buildOrganization(api);
    const csv =
      'department,request_type,channel,count\nHR,Payslip,Fax,3\nHR,Leave,fax,2\n';
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv,
      ...SAMPLE_WINDOW,
    });
    expect(job.status).toBe('SUCCEEDED');
    expect(
      job.mappedToOther.reduce(
        (sum: number, m: { count: number }) => sum + m.count,
        0,
      ),
    ).toBe(2);
  });

  it('validates the request itself: window, kind, file', async () => {
    const org = await buildOrganization(api);
    const noWindow = await startImport(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: 'a\n',
    });
    expect(noWindow.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'windowStart' }, { field: 'windowEnd' }],
    });
    const backwards = await startImport(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: 'a\n',
      windowStart: '2026-03-15',
      windowEnd: '2026-03-02',
    });
    expect(backwards.errors?.[0].extensions?.fields[0].field).toBe('windowEnd');
    const badDate = await startImport(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: 'a\n',
      windowStart: '2026-02-30',
      windowEnd: '2026-03-02',
    });
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    const noFile = await startImport(api, {
      organizationId: org.id,
      kind: 'METRICS',
    });
    expect(noFile.errors?.[0].extensions?.fields[0].field).toBe('csv');
  });

  it('lets a department head import into their own department only', async () => {
    const org = await buildOrganization(api);
    const head = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.hr,
    ]);
    const own = await importText(
      api,
      {
        organizationId: org.id,
        kind: 'AUDIT',
        csv: sampleRows(['HR']),
        ...SAMPLE_WINDOW,
      },
      head.token,
    );
    expect(own.status).toBe('SUCCEEDED');
    const other = await importText(
      api,
      {
        organizationId: org.id,
        kind: 'AUDIT',
        csv: sampleRows(['IT']),
        ...SAMPLE_WINDOW,
      },
      head.token,
    );
    expect(other.status).toBe('FAILED');
    expect(other.errors[0].message).toMatch(/only into your own departments/);
    const create = await startImport(
      api,
      {
        organizationId: org.id,
        kind: 'AUDIT',
        csv: sampleRows(['HR']),
        ...SAMPLE_WINDOW,
        createDepartments: true,
      },
      head.token,
    );
    expect(errorCode(create)).toBe('FORBIDDEN');
    const viewer = await buildMember(api, org.id, 'VIEWER');
    expect(
      errorCode(
        await startImport(
          api,
          {
            organizationId: org.id,
            kind: 'AUDIT',
            csv: sampleRows(['HR']),
            ...SAMPLE_WINDOW,
          },
          viewer.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
