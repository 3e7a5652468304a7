import { randomUUID } from 'node:crypto';
import {
  buildMember,
  buildOrganization,
  OrganizationFixture,
  QUERIES,
} from '../../support/fixtures';
import { importText } from '../../support/imports';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

const SET = `mutation($id: ID!, $benchmark: Float) { setDeflectionBenchmark(departmentId: $id, benchmark: $benchmark) {
  id deflectionBenchmark { target source defaultTarget defaultSource } } }`;
const DEPARTMENTS = `query($org: ID!) { departments(organizationId: $org) { id name deflectionBenchmark { target source } } }`;
const DEFLECTION = `query($org: ID!) { organizationDeflection(organizationId: $org, from: "2026-03-02", to: "2026-03-08") {
  department { id } deflectionRate benchmark { target source } benchmarkIsAssumption gapToBenchmark } }`;
const EVALUATE = `query($input: BusinessCaseInput!) { evaluateBusinessCase(input: $input) {
  warnings { code field } finance { assumptions { field value source } } } }`;
const SAVE = `mutation($input: SaveBusinessCaseInput!) { saveBusinessCase(input: $input) {
  departments { departmentId targetDeflection { value source defaultValue defaultSource note } } result { warnings { code } } } }`;
const ROADMAP = `query($org: ID!) { roadmap(organizationId: $org) { items { department { id } annualNetBenefit } } roadmapSettings(organizationId: $org) { loadedHourlyCost } }`;
const EVIDENCE = `query($org: ID!) { maturityEvidence(organizationId: $org) { dimension signals { key value } } }`;

const REQUESTS = `external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes
R-1,IT,Password reset,PORTAL,2026-03-02T09:00:00Z,,2026-03-02T09:05:00Z,DEFLECTED,,,
R-2,IT,Password reset,PORTAL,2026-03-03T09:00:00Z,,2026-03-03T09:05:00Z,NO_TOUCH,,,
R-3,IT,VPN access,VIRTUAL_AGENT,2026-03-04T09:00:00Z,,2026-03-04T09:05:00Z,DEFLECTED,,,
R-4,IT,VPN access,EMAIL,2026-03-05T09:00:00Z,2026-03-05T10:00:00Z,2026-03-05T12:00:00Z,AGENT,,,30
`;
// IT's audit: 140 requests in 14 days at 20 minutes → 140 × 30.4375 / 14 = 304.375 a month.
const AUDIT =
  'department,request_type,channel,count,avg_handling_minutes,avg_first_response_hours\nIT,Password reset,EMAIL,140,20,2\n';

describe('setDeflectionBenchmark', () => {
  let api: TestApi;
  let org: OrganizationFixture;
  let legal: string;
  const globals = {
    loadedHourlyCost: 50,
    oneTimeCosts: 60_000,
    changeManagementCost: 15_000,
    monthlyPlatformCost: 3_000,
  };

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
    legal = (
      await api.ok(QUERIES.CREATE_DEPARTMENT, {
        input: { organizationId: org.id, name: 'Legal', kind: 'LEGAL' },
      })
    ).createDepartment.id;
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: REQUESTS,
    });
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: AUDIT,
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
    });
  });
  afterAll(() => api.close());

  it('sets a department’s benchmark, says it is the organisation’s, and goes back to the published figure with null', async () => {
    const set = await api.ok(SET, { id: org.departments.it, benchmark: 0.6 });
    expect(set.setDeflectionBenchmark.deflectionBenchmark).toEqual({
      target: 0.6,
      source: 'ORGANIZATION',
      defaultTarget: 0.75,
      defaultSource: 'PUBLISHED',
    });
    const legalSet = await api.ok(SET, { id: legal, benchmark: 0.4 });
    expect(legalSet.setDeflectionBenchmark.deflectionBenchmark).toEqual({
      target: 0.4,
      source: 'ORGANIZATION',
      defaultTarget: 0.3,
      defaultSource: 'ASSUMPTION',
    });

    const { departments } = await api.ok(DEPARTMENTS, { org: org.id });
    expect(
      Object.fromEntries(
        departments.map((d: { name: string; deflectionBenchmark: unknown }) => [
          d.name,
          d.deflectionBenchmark,
        ]),
      ),
    ).toEqual({
      IT: { target: 0.6, source: 'ORGANIZATION' },
      HR: { target: 0.68, source: 'PUBLISHED' },
      Finance: { target: 0.36, source: 'PUBLISHED' },
      Legal: { target: 0.4, source: 'ORGANIZATION' },
    });

    const reset = await api.ok(SET, { id: legal, benchmark: null });
    expect(reset.setDeflectionBenchmark.deflectionBenchmark).toMatchObject({
      target: 0.3,
      source: 'ASSUMPTION',
    });
    await api.ok(SET, { id: legal, benchmark: 0.4 });
  });

  it('refuses a benchmark outside (0, 1], naming the field, and keeps the one set', async () => {
    for (const benchmark of [0, -0.2, 1.01, 60]) {
      const result = await api.gql(SET, { id: org.departments.it, benchmark });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([
        {
          field: 'benchmark',
          message: `benchmark must be a fraction greater than 0 and at most 1 (0.6 for 60%), got ${benchmark}`,
        },
      ]);
    }
    expect(
      (await api.ok(SET, { id: org.departments.it, benchmark: 0.6 }))
        .setDeflectionBenchmark.deflectionBenchmark.target,
    ).toBe(0.6);
  });

  it('is the benchmark of the deflection gaps', async () => {
    // IT from 2 to 8 March: 3 of 4 deflected = 0.75; against its 0.6 the gap is +0.15 (against the published 0.75 it would be 0).
    const { organizationDeflection } = await api.ok(DEFLECTION, {
      org: org.id,
    });
    const it = organizationDeflection.find(
      (row: { department: { id: string } }) =>
        row.department.id === org.departments.it,
    );
    expect(it).toMatchObject({
      deflectionRate: 0.75,
      benchmark: { target: 0.6, source: 'ORGANIZATION' },
      benchmarkIsAssumption: false,
    });
    expect(it.gapToBenchmark).toBeCloseTo(0.15, 12);
    const legalRow = organizationDeflection.find(
      (row: { department: { id: string } }) => row.department.id === legal,
    );
    expect(legalRow).toMatchObject({
      benchmark: { target: 0.4, source: 'ORGANIZATION' },
      benchmarkIsAssumption: false,
    });
  });

  it('is the default target deflection of a business case evaluated from its input, and Legal’s is no longer an assumption', async () => {
    const department = (departmentId: string | null, kind: string) => ({
      departmentId,
      kind,
      monthlyVolume: 100,
      handlingMinutes: 20,
      goLiveMonth: 1,
    });
    const input = {
      ...globals,
      departments: [
        department(org.departments.it, 'IT'),
        department(legal, 'LEGAL'),
        department(null, 'LEGAL'),
      ],
    };
    const { evaluateBusinessCase } = await api.ok(EVALUATE, { input });
    const target = (i: number) =>
      evaluateBusinessCase.finance.assumptions.find(
        (a: { field: string }) =>
          a.field === `departments[${i}].targetDeflection`,
      );
    expect(target(0)).toMatchObject({ value: 0.6 });
    expect(target(1)).toMatchObject({ value: 0.4 });
    // Without an id the case knows only the kind: the 0.30 assumption, flagged.
    expect(target(2)).toMatchObject({ value: 0.3 });
    expect(evaluateBusinessCase.warnings).toEqual([
      { code: 'ASSUMED_DEFLECTION', field: 'departments[2].targetDeflection' },
    ]);

    // A caller who may not read the department gets the published figure.
    const outsider = await buildMember(
      api,
      (await buildOrganization(api)).id,
      'ADMIN',
    );
    const foreign = (await api.ok(EVALUATE, { input }, outsider.token))
      .evaluateBusinessCase;
    expect(
      foreign.finance.assumptions.find(
        (a: { field: string }) => a.field === 'departments[0].targetDeflection',
      ),
    ).toMatchObject({ value: 0.75 });
  });

  it('is the default target deflection of a saved case', async () => {
    const { saveBusinessCase } = await api.ok(SAVE, {
      input: {
        organizationId: org.id,
        name: `Benchmarks ${randomUUID()}`,
        inputs: {
          ...globals,
          departments: [
            { departmentId: org.departments.it },
            { departmentId: legal },
          ],
        },
      },
    });
    expect(
      saveBusinessCase.departments.map(
        (d: { targetDeflection: unknown }) => d.targetDeflection,
      ),
    ).toEqual([
      {
        value: 0.6,
        source: 'BENCHMARK',
        defaultValue: 0.6,
        defaultSource: 'BENCHMARK',
        note: "the organisation's benchmark for IT",
      },
      {
        value: 0.4,
        source: 'BENCHMARK',
        defaultValue: 0.4,
        defaultSource: 'BENCHMARK',
        note: "the organisation's benchmark for Legal",
      },
    ]);
    expect(
      saveBusinessCase.result.warnings.map((w: { code: string }) => w.code),
    ).not.toContain('ASSUMED_DEFLECTION');
  });

  it('is the deflection of the roadmap’s annual net benefit', async () => {
    const { roadmap, roadmapSettings } = await api.ok(ROADMAP, { org: org.id });
    const it = roadmap.items.find(
      (item: { department: { id: string } }) =>
        item.department.id === org.departments.it,
    );
    // 12 × 304.375 a month × 0.6 × (20 / 60 h × the loaded hourly cost).
    expect(it.annualNetBenefit).toBeCloseTo(
      12 * 304.375 * 0.6 * ((20 / 60) * roadmapSettings.loadedHourlyCost),
      6,
    );
  });

  it('is the benchmark of the maturity evidence', async () => {
    const attainment = async () =>
      (await api.ok(EVIDENCE, { org: org.id })).maturityEvidence
        .find((d: { dimension: string }) => d.dimension === 'AUTOMATION')
        .signals.find((s: { key: string }) => s.key === 'deflection').value;
    // IT is the only department with records: 0.75 deflected against its 0.6 = 1.25; against the published 0.75 = 1.
    expect(await attainment()).toBeCloseTo(1.25, 12);
    await api.ok(SET, { id: org.departments.it, benchmark: null });
    expect(await attainment()).toBeCloseTo(1, 12);
    await api.ok(SET, { id: org.departments.it, benchmark: 0.6 });
  });

  it('is set by ADMIN and COE only; another organisation’s department is not found', async () => {
    const coe = await buildMember(api, org.id, 'COE');
    const head = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.it,
    ]);
    const viewer = await buildMember(api, org.id, 'VIEWER');
    const executive = await buildMember(api, org.id, 'EXECUTIVE');
    const outsider = await buildMember(
      api,
      (await buildOrganization(api)).id,
      'ADMIN',
    );
    const set = (token: string) =>
      api.gql(SET, { id: org.departments.it, benchmark: 0.65 }, token);

    expect(errorCode(await set(head.token))).toBe('FORBIDDEN');
    expect(errorCode(await set(viewer.token))).toBe('FORBIDDEN');
    expect(errorCode(await set(executive.token))).toBe('FORBIDDEN');
    expect(errorCode(await set(outsider.token))).toBe('NOT_FOUND');
    expect(
      errorCode(await api.gql(SET, { id: randomUUID(), benchmark: 0.5 })),
    ).toBe('NOT_FOUND');
    // Nothing changed …
    expect(
      (await api.ok(DEPARTMENTS, { org: org.id })).departments.find(
        (d: { id: string }) => d.id === org.departments.it,
      ).deflectionBenchmark.target,
    ).toBe(0.6);
    // … until the CoE sets it; the department head reads it.
    expect((await set(coe.token)).errors).toBeUndefined();
    const { departments } = await api.ok(
      DEPARTMENTS,
      { org: org.id },
      head.token,
    );
    expect(departments).toEqual([
      {
        id: org.departments.it,
        name: 'IT',
        deflectionBenchmark: { target: 0.65, source: 'ORGANIZATION' },
      },
    ]);
  });
});
