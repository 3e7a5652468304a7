import { Client } from 'pg';
import { MATURITY_QUESTIONS } from '@esm-planner/domain-maturity';
import {
  buildMember,
  buildOrganization,
  OrganizationFixture,
  QUERIES,
} from '../../support/fixtures';
import { importText } from '../../support/imports';
import {
  CREATE_PLAN,
  IT_WEEKS,
  importWeeks,
  monday,
  PLAN,
  utcDate,
} from '../../support/rollouts';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

// programmeOverview against figures worked out here from what the test
// imports (the 13-week deflection and its benchmark, the status counts, the
// maturity trend), and against the API's own answers for what other suites
// check from first principles (valueRealisation, rolloutPlan's gate,
// programmeReadiness, the roadmap's IT stability).

const OVERVIEW = `query($id: ID!, $asOf: Date) { programmeOverview(organizationId: $id, asOf: $asOf) {
  organizationId asOf currency
  departments { department { id name } status order startDate goLiveDate endDate source planStatus }
  statusCounts { status count }
  itStability { departmentId stable meanDeflection stdDeflection reasons stableFrom weeks { weekStart total deflected } }
  deflection { from to total deflected deflectionRate benchmark gapToBenchmark weeks { weekStart total deflected deflectionRate } }
  maturity { stage stageName overallScore trend previousStage previousStageName previousOverallScore }
  businessCase { businessCaseId name version programmeStart completeMonths plannedPaybackMonths forecastPaybackMonths plannedToDate realisedToDate varianceToDate }
  businessCaseProblem { businessCaseId name messages }
  behindPlan { departmentId name realisationRatio monthsWithPlannedBenefit deflectionNeeded plannedToDate realisedToDate }
  readinessFailures { failureMode title state reasons }
  nextGates { department { id name } planId currentPhase nextPhase holds needs } } }`;

const SUBMIT = `mutation($input: MaturityAnswersInput!) { submitMaturityAssessment(input: $input) { overallScore stage stageName } }`;
const SET_BENCHMARK = `mutation($id: ID!, $benchmark: Float) { setDeflectionBenchmark(departmentId: $id, benchmark: $benchmark) { id } }`;
const SAVE = `mutation($input: SaveBusinessCaseInput!) { saveBusinessCase(input: $input) { id } }`;
const VALUE = `query($id: ID!, $asOf: Date) { valueRealisation(businessCaseId: $id, asOf: $asOf) {
  version programmeStart completeMonths plannedToDate realisedToDate varianceToDate plannedPaybackMonths forecastPaybackMonths
  departments { departmentId name status realisationRatio deflectionNeeded plannedToDate realisedToDate months { plannedBenefit realisedBenefit } } } }`;
const ROADMAP = `query($id: ID!, $asOf: Date) { roadmap(organizationId: $id, asOf: $asOf) {
  itStability { departmentId stable meanDeflection stdDeflection reasons stableFrom weeks { weekStart total deflected } } } }`;
const READINESS = `query($id: ID!) { programmeReadiness(organizationId: $id) { checks { failureMode title state reasons } } }`;
const STATUSES = `query($id: ID!) { organization(id: $id) { departments { id status } } }`;
const REQUEST_HEADER =
  'external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes';

// The overview is read on this Monday: its 13 weeks are weeks −13 … −1.
const AS_OF = monday(0);
const HR_WEEK = { total: 50, deflected: 5 };
// HR's records of week −1: 20 requests on its Monday, 8 deflected; they replace HR's imported row of that week.
const HR_RECORDS = { total: 20, deflected: 8 };

const answers = (score: number) =>
  MATURITY_QUESTIONS.map((question) => ({ questionId: question.id, score }));

describe('programmeOverview', () => {
  let api: TestApi;
  let org: OrganizationFixture;
  let caseId: string;
  let itPlanId: string;
  let assessments: { overallScore: number; stage: number; stageName: string }[];

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
    await importWeeks(api, org.id, 'IT', IT_WEEKS);
    await importWeeks(
      api,
      org.id,
      'HR',
      Array.from({ length: 20 }, (_, i): [number, number, number] => [
        -20 + i,
        HR_WEEK.total,
        HR_WEEK.deflected,
      ]),
    );
    const records = Array.from(
      { length: HR_RECORDS.total },
      (_, i) =>
        `OV-${i},HR,Leave,PORTAL,${monday(-1)}T10:${String(i).padStart(2, '0')}:00Z,,${monday(-1)}T12:00:00Z,${i < HR_RECORDS.deflected ? 'DEFLECTED' : 'AGENT'},true,false,10`,
    );
    expect(
      await importText(api, {
        organizationId: org.id,
        kind: 'REQUESTS',
        csv: `${[REQUEST_HEADER, ...records].join('\n')}\n`,
      }),
    ).toMatchObject({ status: 'SUCCEEDED' });
    await api.ok(SET_BENCHMARK, { id: org.departments.hr, benchmark: 0.5 });
    itPlanId = (
      await api.ok(CREATE_PLAN, {
        departmentId: org.departments.it,
        startDate: utcDate(-70),
      })
    ).createRolloutPlan.id;
    assessments = [
      (
        await api.ok(SUBMIT, {
          input: { organizationId: org.id, answers: answers(2) },
        })
      ).submitMaturityAssessment,
      (
        await api.ok(SUBMIT, {
          input: { organizationId: org.id, answers: answers(3) },
        })
      ).submitMaturityAssessment,
    ];
    const inputs = {
      programmeStart: monday(-15),
      horizonMonths: 24,
      loadedHourlyCost: 60,
      oneTimeCosts: 20_000,
      monthlyPlatformCost: 2_000,
      departments: [
        {
          departmentId: org.departments.it,
          monthlyVolume: 870,
          handlingMinutes: 15,
          targetDeflection: 0.6,
          goLiveMonth: 1,
          rampMonths: 1,
        },
        {
          departmentId: org.departments.hr,
          monthlyVolume: 220,
          handlingMinutes: 20,
          targetDeflection: 0.5,
          goLiveMonth: 1,
          rampMonths: 1,
        },
      ],
    };
    caseId = (
      await api.ok(SAVE, {
        input: { organizationId: org.id, name: 'Expansion 2026', inputs },
      })
    ).saveBusinessCase.id;
  });
  afterAll(() => api?.close());

  it('gives the IT leader every figure of the home page in one request', async () => {
    const { programmeOverview: overview } = await api.ok(OVERVIEW, {
      id: org.id,
      asOf: AS_OF,
    });
    expect(overview).toMatchObject({
      organizationId: org.id,
      asOf: AS_OF,
      currency: 'USD',
    });

    // Deflection over weeks −13 … −1, worked here from what was imported.
    const itWeeks = IT_WEEKS.filter(
      ([offset]) => offset >= -13 && offset <= -1,
    );
    const it = {
      total: itWeeks.reduce((s, [, total]) => s + total, 0),
      deflected: itWeeks.reduce((s, [, , deflected]) => s + deflected, 0),
    };
    const hr = {
      total: 12 * HR_WEEK.total + HR_RECORDS.total,
      deflected: 12 * HR_WEEK.deflected + HR_RECORDS.deflected,
    };
    const total = it.total + hr.total;
    const deflected = it.deflected + hr.deflected;
    // IT's published 0.75 and HR's 0.5 set by the organisation, weighted by their requests.
    const benchmark = (it.total * 0.75 + hr.total * 0.5) / total;
    expect(overview.deflection).toMatchObject({
      from: monday(-13),
      to: utcDate(-1 - ((new Date().getUTCDay() + 6) % 7)),
      total,
      deflected,
    });
    expect(overview.deflection.deflectionRate).toBeCloseTo(
      deflected / total,
      12,
    );
    expect(overview.deflection.benchmark).toBeCloseTo(benchmark, 12);
    expect(overview.deflection.gapToBenchmark).toBeCloseTo(
      deflected / total - benchmark,
      12,
    );
    expect(overview.deflection.weeks).toHaveLength(13);
    expect(overview.deflection.weeks[12]).toEqual({
      weekStart: monday(-1),
      total: itWeeks[12][1] + HR_RECORDS.total,
      deflected: itWeeks[12][2] + HR_RECORDS.deflected,
      deflectionRate:
        (itWeeks[12][2] + HR_RECORDS.deflected) /
        (itWeeks[12][1] + HR_RECORDS.total),
    });

    // Departments by status: counted here from the organisation's departments.
    const { organization } = await api.ok(STATUSES, { id: org.id });
    for (const { status, count } of overview.statusCounts) {
      expect(count).toBe(
        organization.departments.filter(
          (d: { status: string }) => d.status === status,
        ).length,
      );
    }
    expect(
      overview.statusCounts.map((s: { status: string }) => s.status),
    ).toEqual(['PLANNED', 'AUDITING', 'BUILDING', 'PILOTING', 'LIVE']);
    expect(
      overview.departments.map((d: any) => d.department.name).sort(),
    ).toEqual(['Finance', 'HR', 'IT']);
    const itRow = overview.departments.find(
      (d: any) => d.department.id === org.departments.it,
    );
    expect(itRow).toMatchObject({ source: 'PLAN', startDate: utcDate(-70) });

    // IT stability as the roadmap computes it.
    const { roadmap } = await api.ok(ROADMAP, { id: org.id, asOf: AS_OF });
    expect(overview.itStability).toEqual(roadmap.itStability);
    expect(overview.itStability.stable).toBe(true);

    // Maturity: the latest assessment (all 3s) against the one before (all 2s).
    expect(overview.maturity).toEqual({
      stage: assessments[1].stage,
      stageName: assessments[1].stageName,
      overallScore: assessments[1].overallScore,
      trend: 'UP',
      previousStage: assessments[0].stage,
      previousStageName: assessments[0].stageName,
      previousOverallScore: assessments[0].overallScore,
    });

    // The saved case against what happened, as valueRealisation measures it.
    const { valueRealisation: value } = await api.ok(VALUE, {
      id: caseId,
      asOf: AS_OF,
    });
    expect(overview.businessCase).toEqual({
      businessCaseId: caseId,
      name: 'Expansion 2026',
      version: 1,
      programmeStart: value.programmeStart,
      completeMonths: value.completeMonths,
      plannedPaybackMonths: value.plannedPaybackMonths,
      forecastPaybackMonths: value.forecastPaybackMonths,
      plannedToDate: value.plannedToDate,
      realisedToDate: value.realisedToDate,
      varianceToDate: value.varianceToDate,
    });
    // BEHIND after two complete months of planned benefit: counted here from the months.
    const behind = value.departments.filter(
      (d: any) =>
        d.status === 'BEHIND' &&
        d.months.filter(
          (m: any) => m.realisedBenefit !== null && m.plannedBenefit > 0,
        ).length >= 2,
    );
    expect(behind.map((d: any) => d.name)).toEqual(['HR']);
    expect(overview.behindPlan).toEqual(
      behind.map((d: any) => ({
        departmentId: d.departmentId,
        name: d.name,
        realisationRatio: d.realisationRatio,
        monthsWithPlannedBenefit: d.months.filter(
          (m: any) => m.realisedBenefit !== null && m.plannedBenefit > 0,
        ).length,
        deflectionNeeded: d.deflectionNeeded,
        plannedToDate: d.plannedToDate,
        realisedToDate: d.realisedToDate,
      })),
    );
    // HR deflected about 10 % against a plan of 50 %.
    expect(overview.behindPlan[0].realisationRatio).toBeLessThan(0.3);

    // Readiness failures and IT's next gate, as their own queries give them.
    const { programmeReadiness } = await api.ok(READINESS, { id: org.id });
    expect(overview.readinessFailures).toEqual(
      programmeReadiness.checks.filter(
        (c: { state: string }) => c.state === 'FAIL',
      ),
    );
    const { rolloutPlan } = await api.ok(PLAN, {
      departmentId: org.departments.it,
      asOf: AS_OF,
    });
    expect(overview.nextGates).toEqual([
      {
        department: { id: org.departments.it, name: 'IT' },
        planId: itPlanId,
        currentPhase: rolloutPlan.currentPhase,
        nextPhase: rolloutPlan.gate.name,
        holds: rolloutPlan.gate.holds,
        needs: rolloutPlan.gate.reasons,
      },
    ]);
    expect(overview.nextGates[0].needs.length).toBeGreaterThan(0);
  });

  it('gives a department head the aggregates and only their own departments’ rows', async () => {
    const head = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.hr,
    ]);
    const { programmeOverview: admin } = await api.ok(OVERVIEW, {
      id: org.id,
      asOf: AS_OF,
    });
    const { programmeOverview: own } = await api.ok(
      OVERVIEW,
      { id: org.id, asOf: AS_OF },
      head.token,
    );
    expect(own.departments.map((d: any) => d.department.id)).toEqual([
      org.departments.hr,
    ]);
    expect(own.nextGates).toEqual([]);
    expect(own.behindPlan.map((d: any) => d.departmentId)).toEqual([
      org.departments.hr,
    ]);
    // Aggregates stay whole.
    expect(own.deflection).toEqual(admin.deflection);
    expect(own.statusCounts).toEqual(admin.statusCounts);
    expect(own.businessCase).toEqual(admin.businessCase);
    expect(own.maturity).toEqual(admin.maturity);
  });

  it('answers NOT_FOUND for another organisation’s overview', async () => {
    const other = await buildOrganization(api);
    const outsider = await buildMember(api, other.id, 'ADMIN');
    expect(
      errorCode(await api.gql(OVERVIEW, { id: org.id }, outsider.token)),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await api.gql(OVERVIEW, { id: 'not-an-id' }, outsider.token)),
    ).toBe('NOT_FOUND');
  });

  it('names a latest case that no longer fits the data instead of failing the home page', async () => {
    // Stored as it could only have been before a rule changed: a negative hourly cost no save accepts today.
    const broken = await buildOrganization(api);
    const db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query(
        `INSERT INTO business_case (organization_id, name) VALUES ($1, 'Old case') RETURNING id`,
        [broken.id],
      );
      const input = {
        loadedHourlyCost: -5,
        oneTimeCosts: 1_000,
        monthlyPlatformCost: 100,
        departments: [
          {
            departmentId: broken.departments.it,
            monthlyVolume: 100,
            handlingMinutes: 10,
          },
        ],
      };
      await db.query(
        `INSERT INTO business_case_version (organization_id, business_case_id, version, input) VALUES ($1, $2, 1, $3)`,
        [broken.id, rows[0].id, JSON.stringify(input)],
      );
      const { programmeOverview } = await api.ok(OVERVIEW, { id: broken.id });
      expect(programmeOverview.businessCase).toBeNull();
      expect(programmeOverview.businessCaseProblem).toMatchObject({
        businessCaseId: rows[0].id,
        name: 'Old case',
      });
      expect(
        programmeOverview.businessCaseProblem.messages.join(' '),
      ).toContain('loadedHourlyCost');
    } finally {
      await db.end();
    }
  });

  it('gives an organisation without data an overview with nothing made up', async () => {
    const { createOrganization } = await api.ok(QUERIES.CREATE_ORGANIZATION, {
      input: { name: 'Empty Ltd', currency: 'EUR', timeZone: 'Europe/Paris' },
    });
    const { programmeOverview: empty } = await api.ok(OVERVIEW, {
      id: createOrganization.id,
    });
    expect(empty).toMatchObject({
      currency: 'EUR',
      departments: [],
      maturity: null,
      businessCase: null,
      businessCaseProblem: null,
      behindPlan: [],
      nextGates: [],
      deflection: {
        total: 0,
        deflected: 0,
        deflectionRate: null,
        benchmark: null,
        gapToBenchmark: null,
      },
      itStability: { stable: false, departmentId: null },
    });
    expect(
      empty.statusCounts.every((s: { count: number }) => s.count === 0),
    ).toBe(true);
  });
});
