import {
  buildMember,
  buildOrganization,
  OrganizationFixture,
} from './../support/fixtures';
import { importText } from '../support/imports';
import {
  errorCode,
  startTestApi,
  TEST_ADMIN_TOKEN,
  TestApi,
} from '../support/test-api';

// api.md "Who may do what": a DEPARTMENT_HEAD reads their own departments and
// organisation-level aggregates, without other departments' rows.
const HEADER =
  'department,request_type,channel,count,avg_handling_minutes,avg_first_response_hours\n';
const CASE = `query($id: ID!) { businessCase(id: $id) {
  hiddenDepartmentCount missingDepartmentIds
  departments { departmentId name monthlyVolume { value } }
  result { npv paybackMonths totals { benefit } warnings { field message }
    finance { assumptions { field value } }
    cio { npv departments { departmentId label marginalBenefit } }
    departmentHeads { departmentId label monthlyVolume } } } }`;

describe('what a department head sees of other departments', () => {
  let api: TestApi;
  let org: OrganizationFixture;
  let head: Awaited<ReturnType<typeof buildMember>>;
  let caseId: string;

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
    head = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.hr,
    ]);
    // IT 700 and Finance 420 requests over 14 days; HR 140.
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: `${HEADER}IT,Password,PORTAL,700,10,1\nHR,Payslip,EMAIL,140,20,2\nFinance,Invoice,EMAIL,420,15,3\n`,
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
    });
    const { saveBusinessCase } = await api.ok(
      `mutation($input: SaveBusinessCaseInput!) { saveBusinessCase(input: $input) { id } }`,
      {
        input: {
          organizationId: org.id,
          name: 'Whole programme',
          inputs: {
            loadedHourlyCost: 55,
            oneTimeCosts: 60_000,
            monthlyPlatformCost: 3_000,
            monteCarloRuns: 100,
            departments: [
              { departmentId: org.departments.it },
              { departmentId: org.departments.hr },
              // Live after the 36-month horizon: a warning that names Finance.
              { departmentId: org.departments.finance, goLiveMonth: 40 },
            ],
          },
        },
      },
    );
    caseId = saveBusinessCase.id;
  });
  afterAll(() => api.close());

  it('a saved case shows the organisation’s totals but only the head’s own department lines', async () => {
    const full = (await api.ok(CASE, { id: caseId })).businessCase;
    expect(full.result.warnings.map((w: any) => w.message).join()).toContain(
      'Finance goes live in month 40',
    );
    const seen = (await api.ok(CASE, { id: caseId }, head.token)).businessCase;
    const others = [org.departments.it, org.departments.finance];

    // The aggregates are the organisation's.
    expect(seen.result.npv).toBe(full.result.npv);
    expect(seen.result.totals.benefit).toBe(full.result.totals.benefit);
    expect(seen.hiddenDepartmentCount).toBe(2);
    expect(full.hiddenDepartmentCount).toBe(0);
    // The rows are HR's only, everywhere.
    expect(seen.departments.map((d: any) => d.name)).toEqual(['HR']);
    expect(seen.result.departmentHeads.map((d: any) => d.label)).toEqual([
      'HR',
    ]);
    expect(seen.result.cio.departments.map((d: any) => d.label)).toEqual([
      'HR',
    ]);
    expect(seen.result.cio.npv).toBe(full.result.cio.npv);
    const text = JSON.stringify(seen);
    for (const id of others) expect(text).not.toContain(id);
    expect(text).not.toMatch(/\bIT\b|Finance/);
    // Field paths keep the case's own indexes (HR is departments[1]).
    expect(
      seen.result.finance.assumptions
        .map((a: any) => a.field)
        .filter((f: string) => f.startsWith('departments')),
    ).toEqual(expect.arrayContaining(['departments[1].monthlyVolume']));
    expect(
      seen.result.finance.assumptions.some((a: any) =>
        /^departments\[[02]\]/.test(a.field),
      ),
    ).toBe(false);
  });

  it('the case files, which carry every department’s figures, are refused to a department head', async () => {
    for (const path of [
      `${caseId}.xlsx`,
      `${caseId}/cio.pdf`,
      `${caseId}/finance.pdf`,
      `${caseId}/department-head.pdf`,
    ]) {
      const response = await fetch(
        `${api.url}/exports/business-cases/${path}`,
        { headers: { authorization: `Bearer ${head.token}` } },
      );
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
      expect(await response.text()).not.toMatch(/Finance|\bIT\b/);
      const allowed = await fetch(`${api.url}/exports/business-cases/${path}`, {
        headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      });
      expect(allowed.status).toBe(200);
    }
  });

  it('an import error does not list the departments the head cannot see', async () => {
    const result = await api.gql(
      `mutation($input: StartImportInput!) { startImport(input: $input) { id status errors { message } } }`,
      {
        input: {
          organizationId: org.id,
          kind: 'AUDIT',
          csv: `${HEADER}Payroll Team,Payslip,EMAIL,14,20,2\nFinance,Invoice,EMAIL,14,20,2\n`,
          windowStart: '2026-04-06',
          windowEnd: '2026-04-19',
        },
      },
      head.token,
    );
    const job = result.data?.startImport ?? null;
    const text =
      JSON.stringify(result.errors ?? []) +
      JSON.stringify(job ? await errorsOf(job.id) : []);
    expect(text).toContain('Payroll Team');
    expect(text).toContain('HR');
    // "Finance" appears only as the name the file itself used, never as a known department.
    expect(text).not.toContain(org.departments.it);
    expect(text).not.toMatch(/\bIT\b/);
    expect(text).not.toMatch(/known departments: [^"]*Finance/);
    expect(text).not.toMatch(/not into "Finance"/);
  });

  async function errorsOf(jobId: string): Promise<unknown> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const { importJob } = await api.ok(
        `query($id: ID!) { importJob(id: $id) { status errors { message } } }`,
        { id: jobId },
        head.token,
      );
      if (importJob.status !== 'QUEUED' && importJob.status !== 'RUNNING')
        return importJob.errors;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the import did not finish');
  }

  it('roadmap settings list only the head’s own departments in the saved order', async () => {
    await api.ok(
      `mutation($input: UpdateRoadmapSettingsInput!) { updateRoadmapSettings(input: $input) { order } }`,
      {
        input: {
          organizationId: org.id,
          order: [
            org.departments.finance,
            org.departments.hr,
            org.departments.it,
          ],
        },
      },
    );
    const seen = (
      await api.ok(
        `query($id: ID!) { roadmapSettings(organizationId: $id) { order } }`,
        { id: org.id },
        head.token,
      )
    ).roadmapSettings;
    expect(seen.order).toEqual([org.departments.hr]);
    const full = (
      await api.ok(
        `query($id: ID!) { roadmapSettings(organizationId: $id) { order } }`,
        { id: org.id },
      )
    ).roadmapSettings;
    expect(full.order).toEqual([
      org.departments.finance,
      org.departments.hr,
      org.departments.it,
    ]);
  });

  it('a viewer still sees every row', async () => {
    const viewer = await buildMember(api, org.id, 'VIEWER');
    const seen = (await api.ok(CASE, { id: caseId }, viewer.token))
      .businessCase;
    expect(seen.departments.map((d: any) => d.name)).toEqual([
      'IT',
      'HR',
      'Finance',
    ]);
    expect(
      errorCode(await api.gql(CASE, { id: caseId }, viewer.token)),
    ).toBeUndefined();
  });
});
