import { formatShortDateRange } from '@esm-planner/shared-util-format';
import { buildOrganization, OrganizationFixture } from '../../support/fixtures';
import { importText } from '../../support/imports';
import { CREATE_PLAN, monday, utcDate } from '../../support/rollouts';
import { startTestApi, TestApi } from '../../support/test-api';

// Measured defaults (domain §8) end to end: IT's plan went live 60 days ago;
// its request records since then give a new case its target deflection,
// worked out here from the records this test imports.

const HEADER =
  'external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes';
const CASE_FIELDS = `id version
  departments { departmentId name targetDeflection { value source defaultValue defaultSource note } }
  result { finance { assumptions { field value source } } }`;
const SAVE = `mutation($input: SaveBusinessCaseInput!) { saveBusinessCase(input: $input) { ${CASE_FIELDS} } }`;
const DAY_MS = 86_400_000;

type Week = { offset: number; total: number; deflected: number };
// IT's records by week (weeks from this Monday; −12 began before go-live, 0 is not complete yet).
const IT_WEEKS: Week[] = [
  { offset: -12, total: 30, deflected: 30 },
  { offset: -7, total: 20, deflected: 2 },
  { offset: -6, total: 40, deflected: 10 },
  { offset: -5, total: 50, deflected: 20 },
  { offset: -4, total: 60, deflected: 33 },
  // week −3 has no records: it is skipped, not counted as a week of 0 %
  { offset: -2, total: 45, deflected: 27 },
  { offset: -1, total: 55, deflected: 30 },
  { offset: 0, total: 25, deflected: 25 },
];

function csv(
  rows: {
    department: string;
    weekStart: string;
    total: number;
    deflected: number;
    prefix: string;
  }[],
): string {
  const lines = rows.flatMap(
    ({ department, weekStart, total, deflected, prefix }) =>
      Array.from({ length: total }, (_, i) => {
        // Wednesday of the week, spread over the working day.
        const opened = new Date(
          Date.parse(`${weekStart}T09:00:00Z`) + 2 * DAY_MS + i * 60_000,
        ).toISOString();
        const resolved = new Date(Date.parse(opened) + 3_600_000).toISOString();
        return `${prefix}-${weekStart}-${i},${department},Access,PORTAL,${opened},,${resolved},${i < deflected ? 'DEFLECTED' : 'AGENT'},true,false,10`;
      }),
  );
  return `${[HEADER, ...lines].join('\n')}\n`;
}

describe('measured defaults of a new case', () => {
  let api: TestApi;
  let org: OrganizationFixture;
  let goLive: string;
  const inputs = (departments: Record<string, unknown>[]) => ({
    loadedHourlyCost: 50,
    oneTimeCosts: 40_000,
    monthlyPlatformCost: 2_000,
    departments,
  });
  const department = (id: string, extra: Record<string, unknown> = {}) => ({
    departmentId: id,
    monthlyVolume: 1_000,
    handlingMinutes: 10,
    ...extra,
  });

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
    // Day 61 of a plan that started 120 days ago: 60 days ago, before week −7 began.
    goLive = (
      await api.ok(CREATE_PLAN, {
        departmentId: org.departments.it,
        startDate: utcDate(-120),
      })
    ).createRolloutPlan.goLiveDate;
    expect(goLive).toBe(utcDate(-60));
    expect(monday(-7) >= goLive && monday(-12) < goLive).toBe(true);
    const rows = IT_WEEKS.map((week) => ({
      department: 'IT',
      weekStart: monday(week.offset),
      total: week.total,
      deflected: week.deflected,
      prefix: 'IT',
    }));
    // HR has records too, but no plan: it keeps its benchmark.
    rows.push({
      department: 'HR',
      weekStart: monday(-2),
      total: 10,
      deflected: 9,
      prefix: 'HR',
    });
    expect(
      await importText(api, {
        organizationId: org.id,
        kind: 'REQUESTS',
        csv: csv(rows),
      }),
    ).toMatchObject({ status: 'SUCCEEDED', errorCount: 0 });
  });
  afterAll(() => api?.close());

  it('takes a live department’s last four complete weeks as its target deflection, labelled MEASURED everywhere', async () => {
    // The last four complete weeks with records since go-live: −5, −4, −2, −1 (−3 has none, 0 is not complete).
    const counted = IT_WEEKS.filter((week) =>
      [-5, -4, -2, -1].includes(week.offset),
    );
    const total = counted.reduce((sum, week) => sum + week.total, 0); // 50 + 60 + 45 + 55 = 210
    const deflected = counted.reduce((sum, week) => sum + week.deflected, 0); // 20 + 33 + 27 + 30 = 110
    expect([total, deflected]).toEqual([210, 110]);
    const saved = (
      await api.ok(SAVE, {
        input: {
          organizationId: org.id,
          name: 'Next wave',
          inputs: inputs([
            department(org.departments.it),
            department(org.departments.hr),
          ]),
        },
      })
    ).saveBusinessCase;
    const [it, hr] = saved.departments;
    expect(it.targetDeflection).toEqual({
      value: 110 / 210,
      source: 'MEASURED',
      defaultValue: 110 / 210,
      defaultSource: 'MEASURED',
      note: `measured: 110 of 210 requests deflected in the 4 complete weeks ${formatShortDateRange(monday(-5), utcDate(-1 - ((new Date().getUTCDay() + 6) % 7)))}`,
    });
    expect(hr.targetDeflection).toMatchObject({
      value: 0.68,
      source: 'BENCHMARK',
    });
    // The Finance view (and the Finance PDF built from it) lists the source.
    expect(saved.result.finance.assumptions).toContainEqual({
      field: 'departments[0].targetDeflection',
      value: 110 / 210,
      source: 'MEASURED',
    });
    expect(saved.result.finance.assumptions).toContainEqual({
      field: 'departments[1].targetDeflection',
      value: 0.68,
      source: 'BENCHMARK',
    });
  });

  it('keeps the measurement with the case: new records do not move its plan, an entered figure still wins', async () => {
    const first = (
      await api.ok(SAVE, {
        input: {
          organizationId: org.id,
          name: 'Frozen',
          inputs: inputs([department(org.departments.it)]),
        },
      })
    ).saveBusinessCase;
    expect(first.departments[0].targetDeflection.value).toBeCloseTo(
      110 / 210,
      12,
    );
    // Forty more records in week −1, none deflected: a new case would measure 110 ÷ 250.
    const more = csv([
      {
        department: 'IT',
        weekStart: monday(-1),
        total: 40,
        deflected: 0,
        prefix: 'IT-more',
      },
    ]);
    expect(
      await importText(api, {
        organizationId: org.id,
        kind: 'REQUESTS',
        csv: more,
      }),
    ).toMatchObject({ status: 'SUCCEEDED', errorCount: 0 });
    const second = (
      await api.ok(SAVE, {
        input: {
          id: first.id,
          organizationId: org.id,
          name: 'Frozen',
          inputs: inputs([department(org.departments.it)]),
        },
      })
    ).saveBusinessCase;
    expect(second.version).toBe(2);
    expect(second.departments[0].targetDeflection).toMatchObject({
      value: 110 / 210,
      source: 'MEASURED',
    });
    const fresh = (
      await api.ok(SAVE, {
        input: {
          organizationId: org.id,
          name: 'Fresh',
          inputs: inputs([department(org.departments.it)]),
        },
      })
    ).saveBusinessCase;
    expect(fresh.departments[0].targetDeflection.value).toBeCloseTo(
      110 / 250,
      12,
    );
    const entered = (
      await api.ok(SAVE, {
        input: {
          organizationId: org.id,
          name: 'Entered',
          inputs: inputs([
            department(org.departments.it, { targetDeflection: 0.6 }),
          ]),
        },
      })
    ).saveBusinessCase;
    expect(entered.departments[0].targetDeflection).toMatchObject({
      value: 0.6,
      source: 'ENTERED',
      defaultValue: 110 / 250,
      defaultSource: 'MEASURED',
    });
  });

  it('leaves a department live for fewer than four complete weeks of records on its benchmark', async () => {
    const young = await buildOrganization(api);
    // Day 61 was 20 days ago: at most two complete weeks since.
    await api.ok(CREATE_PLAN, {
      departmentId: young.departments.it,
      startDate: utcDate(-80),
    });
    const rows = [-3, -2, -1].map((offset) => ({
      department: 'IT',
      weekStart: monday(offset),
      total: 20,
      deflected: 10,
      prefix: 'Y',
    }));
    expect(
      await importText(api, {
        organizationId: young.id,
        kind: 'REQUESTS',
        csv: csv(rows),
      }),
    ).toMatchObject({ status: 'SUCCEEDED' });
    const saved = (
      await api.ok(SAVE, {
        input: {
          organizationId: young.id,
          name: 'Too soon',
          inputs: inputs([department(young.departments.it)]),
        },
      })
    ).saveBusinessCase;
    expect(saved.departments[0].targetDeflection).toMatchObject({
      value: 0.75,
      source: 'BENCHMARK',
    });
  });
});
