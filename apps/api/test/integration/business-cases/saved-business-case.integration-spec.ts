import { Global, Module } from '@nestjs/common';
import ExcelJS from 'exceljs';
import {
  GO_LIVE_DATES,
  GoLiveDates,
  ScheduledGoLive,
} from '../../../src/common/go-live-dates.port';
import {
  buildMember,
  buildOrganization,
  OrganizationFixture,
} from '../../support/fixtures';
import { importText } from '../../support/imports';
import {
  errorCode,
  startTestApi,
  TEST_ADMIN_TOKEN,
  TestApi,
} from '../../support/test-api';

// The roadmap module (another branch) provides GO_LIVE_DATES globally; here a
// fake schedule stands in for it: HR's plan starts 2026-01-05, day 61 on 2026-03-06.
const schedules = new Map<string, Map<string, ScheduledGoLive>>();
const fakeGoLiveDates: GoLiveDates = {
  forOrganization: async (organizationId) =>
    schedules.get(organizationId) ?? new Map(),
};

@Global()
@Module({
  providers: [{ provide: GO_LIVE_DATES, useValue: fakeGoLiveDates }],
  exports: [GO_LIVE_DATES],
})
class FakeRoadmapModule {}

const HEADER =
  'department,request_type,channel,count,avg_handling_minutes,avg_first_response_hours\n';

const CASE_FIELDS = `id name version savedAt organizationId
  programmeStart { value source }
  globals { loadedHourlyCost oneTimeCosts monthlyPlatformCost annualDiscountRate }
  departments { departmentId name kind
    monthlyVolume { value source defaultValue defaultSource }
    handlingMinutes { value source defaultValue defaultSource }
    targetDeflection { value source }
    goLiveMonth { value source defaultValue defaultSource note }
    rampMonths { value source } }
  result { paybackMonths npv irr warnings { code field }
    monteCarlo { runs npvHistogram { from to count } paybackHistogram { count } runsWithoutPayback }
    finance { assumptions { field source } } cio { departments { label marginalNpv } } departmentHeads { label unitPlural hoursReturned } }
  versions { version savedAt }`;
const SAVE = `mutation($input: SaveBusinessCaseInput!) { saveBusinessCase(input: $input) { ${CASE_FIELDS} } }`;
const GET = `query($id: ID!, $version: Int) { businessCase(id: $id, version: $version) { ${CASE_FIELDS} } }`;
const LIST = `query($organizationId: ID!) { businessCases(organizationId: $organizationId) { id name version savedAt } }`;

describe('saved business cases', () => {
  let api: TestApi;
  let org: OrganizationFixture;
  const globals = {
    loadedHourlyCost: 55,
    oneTimeCosts: 60_000,
    changeManagementCost: 15_000,
    monthlyPlatformCost: 3_000,
    monteCarloRuns: 200,
  };

  beforeAll(async () => {
    api = await startTestApi({}, { extraImports: [FakeRoadmapModule] });
    org = await buildOrganization(api);
    schedules.set(
      org.id,
      new Map([
        [
          org.departments.hr,
          {
            departmentId: org.departments.hr,
            planStart: '2026-01-05',
            goLiveDate: '2026-03-06',
            source: 'ROADMAP',
          },
        ],
      ]),
    );
    // HR: 140 payslip requests in 14 days at 20 minutes → 140 × 30.4375 / 14 = 304.375 a month.
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: `${HEADER}HR,Payslip,EMAIL,140,20,2\n`,
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
    });
  });
  afterAll(() => api.close());

  const save = (
    input: Record<string, unknown>,
    token: string | null = TEST_ADMIN_TOKEN,
  ) => api.gql(SAVE, { input }, token);

  it('follows a new audit: the volume defaults to the latest audit, with source AUDIT', async () => {
    const saved = await save({
      organizationId: org.id,
      name: 'HR first',
      inputs: {
        ...globals,
        departments: [{ departmentId: org.departments.hr }],
      },
    });
    expect(saved.errors).toBeUndefined();
    const first = saved.data!.saveBusinessCase;
    const [hr] = first.departments;
    expect(hr.monthlyVolume).toEqual({
      value: 304.375,
      source: 'AUDIT',
      defaultValue: 304.375,
      defaultSource: 'AUDIT',
    });
    expect(hr.handlingMinutes).toMatchObject({ value: 20, source: 'AUDIT' });
    expect(hr.targetDeflection).toEqual({ value: 0.68, source: 'BENCHMARK' });
    // Day 61 is 60 days after the programme start (the earliest plan start): month 1 + floor(60 / 30.4375) = 2.
    expect(first.programmeStart).toEqual({
      value: '2026-01-05',
      source: 'ROADMAP',
    });
    expect(hr.goLiveMonth).toMatchObject({ value: 2, source: 'ROADMAP' });
    expect(hr.rampMonths).toEqual({ value: 3, source: 'ASSUMPTION' });
    expect(first.result.finance.assumptions).toEqual(
      expect.arrayContaining([
        { field: 'departments[0].monthlyVolume', source: 'AUDIT' },
      ]),
    );

    // A new two-week audit, later: 280 requests → 608.75 a month.
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: `${HEADER}HR,Payslip,PORTAL,280,20,2\n`,
      windowStart: '2026-04-06',
      windowEnd: '2026-04-19',
    });
    const after = (await api.ok(GET, { id: first.id })).businessCase;
    expect(after.version).toBe(1);
    expect(after.departments[0].monthlyVolume).toMatchObject({
      value: 608.75,
      source: 'AUDIT',
    });
    expect(after.result.npv).toBeGreaterThan(first.result.npv);
  });

  it('keeps an override (ENTERED) with the default for a reset, and adds a version per save', async () => {
    const created = (
      await save({
        organizationId: org.id,
        name: 'Override',
        inputs: {
          ...globals,
          departments: [{ departmentId: org.departments.hr }],
        },
      })
    ).data!.saveBusinessCase;
    const second = await save({
      id: created.id,
      organizationId: org.id,
      name: 'Override v2',
      inputs: {
        ...globals,
        departments: [
          {
            departmentId: org.departments.hr,
            monthlyVolume: 1_000,
            goLiveMonth: 4,
          },
        ],
      },
    });
    const updated = second.data!.saveBusinessCase;
    expect(updated.name).toBe('Override v2');
    expect(updated.version).toBe(2);
    expect(updated.versions.map((v: { version: number }) => v.version)).toEqual(
      [2, 1],
    );
    expect(updated.departments[0].monthlyVolume).toMatchObject({
      value: 1_000,
      source: 'ENTERED',
      defaultSource: 'AUDIT',
    });
    expect(updated.departments[0].goLiveMonth).toMatchObject({
      value: 4,
      source: 'ENTERED',
      defaultValue: 2,
      defaultSource: 'ROADMAP',
    });
    // The first version is still there, as saved.
    const v1 = (await api.ok(GET, { id: created.id, version: 1 })).businessCase;
    expect(v1.departments[0].monthlyVolume.source).toBe('AUDIT');
    const { businessCases } = await api.ok(LIST, { organizationId: org.id });
    expect(
      businessCases.find((c: { id: string }) => c.id === created.id),
    ).toMatchObject({ name: 'Override v2', version: 2 });
  });

  it('labels unscheduled departments and Monte Carlo carries its histograms', async () => {
    const saved = await save({
      organizationId: org.id,
      name: 'With IT',
      inputs: {
        ...globals,
        departments: [
          { departmentId: org.departments.hr },
          {
            departmentId: org.departments.it,
            monthlyVolume: 2_000,
            handlingMinutes: 12,
          },
        ],
      },
    });
    const result = saved.data!.saveBusinessCase;
    expect(result.departments[1].goLiveMonth.source).toBe('ASSUMPTION');
    const mc = result.result.monteCarlo;
    expect(mc.runs).toBe(200);
    expect(
      mc.npvHistogram.reduce(
        (sum: number, bin: { count: number }) => sum + bin.count,
        0,
      ),
    ).toBe(200);
    expect(result.result.cio.departments).toHaveLength(2);
    expect(result.result.departmentHeads[0].unitPlural).toBe('requests');
  });

  it('refuses bad input with BAD_USER_INPUT naming the field paths', async () => {
    const bad = await save({
      organizationId: org.id,
      name: 'Bad',
      inputs: {
        ...globals,
        oneTimeCosts: -1,
        annualDiscountRate: 1.5,
        departments: [
          { departmentId: org.departments.hr, targetDeflection: 2 },
        ],
      },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const fields = bad.errors![0].extensions!.fields.map(
      (f: { field: string }) => f.field,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'inputs.oneTimeCosts',
        'inputs.annualDiscountRate',
        'inputs.departments[0].targetDeflection',
      ]),
    );
    const empty = await save({
      organizationId: org.id,
      name: 'Empty',
      inputs: { ...globals, departments: [] },
    });
    expect(
      empty.errors![0].extensions!.fields.map(
        (f: { field: string }) => f.field,
      ),
    ).toEqual(['inputs.departments']);
    const stranger = await save({
      organizationId: org.id,
      name: 'X',
      inputs: {
        ...globals,
        departments: [{ departmentId: '00000000-0000-4000-8000-000000000001' }],
      },
    });
    expect(stranger.errors![0].extensions!.fields[0].field).toBe(
      'inputs.departments[0].departmentId',
    );
  });

  it('lets EXECUTIVE write, everyone in the organisation read, and hides other organisations', async () => {
    const executive = await buildMember(api, org.id, 'EXECUTIVE');
    const coe = await buildMember(api, org.id, 'COE');
    const viewer = await buildMember(api, org.id, 'VIEWER');
    const input = {
      organizationId: org.id,
      name: 'By the CIO',
      inputs: {
        ...globals,
        departments: [{ departmentId: org.departments.hr }],
      },
    };
    const created = await save(input, executive.token);
    expect(created.errors).toBeUndefined();
    expect(errorCode(await save(input, coe.token))).toBe('FORBIDDEN');
    expect(
      (
        await api.ok(
          GET,
          { id: created.data!.saveBusinessCase.id },
          viewer.token,
        )
      ).businessCase.name,
    ).toBe('By the CIO');

    const other = await buildOrganization(api);
    const outsider = await buildMember(api, other.id, 'ADMIN');
    expect(
      errorCode(
        await api.gql(
          GET,
          { id: created.data!.saveBusinessCase.id },
          outsider.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    const id = created.data!.saveBusinessCase.id;
    expect(
      errorCode(
        await save(
          {
            ...input,
            id,
            organizationId: other.id,
            inputs: {
              ...globals,
              departments: [{ departmentId: other.departments.hr }],
            },
          },
          outsider.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    const download = await fetch(
      `${api.url}/exports/business-cases/${id}.xlsx`,
      { headers: { authorization: `Bearer ${outsider.token}` } },
    );
    expect(download.status).toBe(404);
    expect(
      (await fetch(`${api.url}/exports/business-cases/${id}.xlsx`)).status,
    ).toBe(401);
  });

  it('serves the XLSX and the three PDFs with the bearer token', async () => {
    const created = (
      await save({
        organizationId: org.id,
        name: 'Files',
        inputs: {
          ...globals,
          departments: [{ departmentId: org.departments.hr }],
        },
      })
    ).data!.saveBusinessCase;
    const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, accept: '*/*' };
    const xlsx = await fetch(
      `${api.url}/exports/business-cases/${created.id}.xlsx`,
      { headers: auth },
    );
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Inputs',
      'Monthly',
      'Outputs',
      'Sensitivity',
      'Actuals',
    ]);
    const npv = book.getWorksheet('Outputs')!.getCell('B6')
      .value as ExcelJS.CellFormulaValue;
    expect(npv.result).toBeCloseTo(created.result.npv, 2);
    for (const audience of ['cio', 'department-head', 'finance']) {
      const pdf = await fetch(
        `${api.url}/exports/business-cases/${created.id}/${audience}.pdf`,
        { headers: auth },
      );
      expect(pdf.status).toBe(200);
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
    expect(
      (
        await fetch(
          `${api.url}/exports/business-cases/${created.id}/board.pdf`,
          { headers: auth },
        )
      ).status,
    ).toBe(400);
  });
});
