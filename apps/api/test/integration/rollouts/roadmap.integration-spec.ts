import {
  GO_LIVE_DATES,
  GoLiveDates,
} from '../../../src/common/go-live-dates.port';
import {
  buildMember,
  buildOrganization,
  OrganizationFixture,
  QUERIES,
} from '../../support/fixtures';
import { importText, SAMPLE_WINDOW, sampleRows } from '../../support/imports';
import {
  CREATE_PLAN,
  importWeeks,
  IT_WEEKS,
  monday,
  utcDate,
} from '../../support/rollouts';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

const ITEM_FIELDS = `department { id name kind } order startDate endDate goLiveDate status planStatus currentPhase source constraint
  annualNetBenefit informalShare priorityScore phases { name startDate endDate } gates { name holds reason }`;
const STABILITY_FIELDS = `itStability { departmentId stable asOf meanDeflection stdDeflection weeks { weekStart total deflected deflectionRate }
  reasons thresholds { minWeeklyRequests minMeanDeflection maxStdDeviation } stableFrom stableFromNote }`;
const ROADMAP = `query($organizationId: ID!, $asOf: Date) { roadmap(organizationId: $organizationId, asOf: $asOf) {
  asOf maxConcurrentRollouts order items { ${ITEM_FIELDS} } ${STABILITY_FIELDS} settings { maxConcurrentRollouts order } } }`;
const PREVIEW = `query($organizationId: ID!, $order: [ID!], $max: Int) {
  previewRoadmap(organizationId: $organizationId, order: $order, maxConcurrentRollouts: $max) { maxConcurrentRollouts order items { ${ITEM_FIELDS} } } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateRoadmapSettingsInput!) { updateRoadmapSettings(input: $input) {
  maxConcurrentRollouts stabilityMinWeeklyRequests stabilityMinMeanDeflection stabilityMaxStdDeviation order } }`;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);

describe('roadmap through GraphQL', () => {
  let api: TestApi;
  let org: OrganizationFixture;
  let legal: string;

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
    legal = (
      await api.ok(QUERIES.CREATE_DEPARTMENT, {
        input: { organizationId: org.id, name: 'Legal', kind: 'LEGAL' },
      })
    ).createDepartment.id;
    await importWeeks(api, org.id, 'IT', IT_WEEKS);
    // Audits give Finance and Legal a priority score.
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: sampleRows(['FINANCE', 'LEGAL']),
      ...SAMPLE_WINDOW,
    });
    await api.ok(CREATE_PLAN, {
      departmentId: org.departments.hr,
      startDate: monday(-2),
    });
  });
  afterAll(() => api.close());

  it('orders IT, HR, then by priority score, keeps plans’ dates and schedules the rest one after another', async () => {
    const today = utcDate();
    const { roadmap } = await api.ok(ROADMAP, { organizationId: org.id });
    expect(roadmap.asOf).toBe(today);
    const [it, hr, third, fourth] = roadmap.items;
    expect([it.department.name, hr.department.name]).toEqual(['IT', 'HR']);
    expect(third.priorityScore).toBeGreaterThan(fourth.priorityScore);
    expect(third.priorityScore).toBeCloseTo(
      third.annualNetBenefit / (1 + third.informalShare),
      6,
    );
    // HR keeps its plan (from the Monday two weeks ago) and holds the one slot until its day 61;
    // IT has no plan, so it starts the day after; the third the day after IT's day 61.
    expect(hr).toMatchObject({
      source: 'PLAN',
      startDate: monday(-2),
      goLiveDate: addDays(monday(-2), 60),
      endDate: addDays(monday(-2), 89),
      status: 'AUDITING',
      currentPhase: 'AUDIT_AND_DESIGN',
    });
    expect(it).toMatchObject({
      source: 'ROADMAP',
      startDate: addDays(hr.goLiveDate, 1),
      constraint: 'CAPACITY',
      status: 'PLANNED',
    });
    expect(third).toMatchObject({
      source: 'ROADMAP',
      startDate: addDays(it.goLiveDate, 1),
      constraint: 'CAPACITY',
    });
    expect(fourth.startDate).toBe(addDays(third.goLiveDate, 1));
    expect(hr.gates).toEqual([
      { name: 'START', holds: true, reason: null },
      {
        name: 'BUILD_AND_CONFIGURE',
        holds: false,
        reason: 'no baseline audit yet; no service owner named',
      },
    ]);
    expect(roadmap.itStability).toMatchObject({
      stable: true,
      reasons: [],
      stableFrom: today,
      stableFromNote: null,
    });
    expect(
      roadmap.itStability.weeks.map((week: any) => week.weekStart),
    ).toEqual([-6, -5, -4, -3, -2, -1].map((w) => monday(w)));
    expect(roadmap.itStability.meanDeflection).toBeCloseTo(0.6, 9);
    expect(roadmap.itStability.thresholds).toEqual({
      minWeeklyRequests: 50,
      minMeanDeflection: 0.4,
      maxStdDeviation: 0.05,
    });
  });

  it('previews another order and capacity without saving them', async () => {
    const { roadmap } = await api.ok(ROADMAP, { organizationId: org.id });
    const reversed = [
      roadmap.order[0],
      roadmap.order[1],
      roadmap.order[3],
      roadmap.order[2],
    ];
    const { previewRoadmap } = await api.ok(PREVIEW, {
      organizationId: org.id,
      order: reversed,
      max: 2,
    });
    expect(previewRoadmap.order).toEqual(reversed);
    expect(previewRoadmap.maxConcurrentRollouts).toBe(2);
    // Two slots: IT starts today beside HR; the department now third waits for HR's day 61.
    const [it, hr, third] = previewRoadmap.items;
    expect(it).toMatchObject({ startDate: utcDate(), constraint: 'AS_OF' });
    expect(third.department.id).toBe(reversed[2]);
    expect(third.startDate).toBe(addDays(hr.goLiveDate, 1));
    const after = (await api.ok(ROADMAP, { organizationId: org.id })).roadmap;
    expect(after.order).toEqual(roadmap.order);
    expect(after.maxConcurrentRollouts).toBe(1);
    const bad = await api.gql(PREVIEW, {
      organizationId: org.id,
      order: [org.departments.it, org.departments.it],
      max: 0,
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields.map((f: any) => f.field)).toEqual([
      'maxConcurrentRollouts',
      'order',
    ]);
  });

  it('saves settings (validated by field) that the roadmap then uses', async () => {
    const bad = await api.gql(UPDATE_SETTINGS, {
      input: {
        organizationId: org.id,
        maxConcurrentRollouts: 0,
        stabilityMinWeeklyRequests: -1,
        stabilityMinMeanDeflection: 1.5,
        stabilityMaxStdDeviation: -0.1,
      },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields.map((f: any) => f.field)).toEqual([
      'maxConcurrentRollouts',
      'stabilityMinWeeklyRequests',
      'stabilityMinMeanDeflection',
      'stabilityMaxStdDeviation',
    ]);
    const order = [
      org.departments.it,
      org.departments.hr,
      legal,
      org.departments.finance,
    ];
    const { updateRoadmapSettings } = await api.ok(UPDATE_SETTINGS, {
      input: {
        organizationId: org.id,
        maxConcurrentRollouts: 3,
        stabilityMinMeanDeflection: 0.65,
        order,
      },
    });
    expect(updateRoadmapSettings).toEqual({
      maxConcurrentRollouts: 3,
      stabilityMinWeeklyRequests: 50,
      stabilityMinMeanDeflection: 0.65,
      stabilityMaxStdDeviation: 0.05,
      order,
    });
    const { roadmap } = await api.ok(ROADMAP, { organizationId: org.id });
    expect(roadmap.order).toEqual(order);
    // IT's 0.60 is now below the 0.65 threshold: not stable, and the others wait for the projected date
    // (three slots: IT, HR and the third fit side by side, so only stability holds it back).
    expect(roadmap.itStability.stable).toBe(false);
    expect(roadmap.itStability.reasons).toEqual([
      'mean deflection 0.60 < 0.65',
    ]);
    expect(roadmap.itStability.stableFrom).toBe(monday(6));
    expect(roadmap.items[2]).toMatchObject({
      constraint: 'IT_STABILITY',
      startDate: monday(6),
    });
    expect(roadmap.items[1].gates[0]).toEqual({
      name: 'START',
      holds: false,
      reason: 'IT is not stable yet; mean deflection 0.60 < 0.65',
    });
    // HR's plan exists already; a new plan for Legal is refused.
    expect(
      errorCode(
        await api.gql(CREATE_PLAN, {
          departmentId: legal,
          startDate: utcDate(),
        }),
      ),
    ).toBe('GATE_BLOCKED');
    await api.ok(UPDATE_SETTINGS, {
      input: { organizationId: org.id, stabilityMinMeanDeflection: 0.4 },
    });
  });

  it('is the CoE’s to change, everyone’s to read, and no other organisation’s', async () => {
    const viewer = (await buildMember(api, org.id, 'VIEWER')).token;
    const coe = (await buildMember(api, org.id, 'COE')).token;
    const head = (
      await buildMember(api, org.id, 'DEPARTMENT_HEAD', [org.departments.hr])
    ).token;
    expect(
      (await api.ok(ROADMAP, { organizationId: org.id }, viewer)).roadmap.items,
    ).toHaveLength(4);
    expect(
      errorCode(
        await api.gql(
          UPDATE_SETTINGS,
          { input: { organizationId: org.id, maxConcurrentRollouts: 4 } },
          viewer,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      (
        await api.ok(
          UPDATE_SETTINGS,
          { input: { organizationId: org.id, maxConcurrentRollouts: 4 } },
          coe,
        )
      ).updateRoadmapSettings.maxConcurrentRollouts,
    ).toBe(4);
    // A department head sees the schedule of their own departments only.
    expect(
      (
        await api.ok(ROADMAP, { organizationId: org.id }, head)
      ).roadmap.items.map((item: any) => item.department.name),
    ).toEqual(['HR']);
    const other = await buildOrganization(api);
    const outsider = (await buildMember(api, other.id, 'ADMIN')).token;
    expect(
      errorCode(await api.gql(ROADMAP, { organizationId: org.id }, outsider)),
    ).toBe('NOT_FOUND');
  });

  it('projects when IT could be stable when it has no data, and says so', async () => {
    const fresh = await buildOrganization(api);
    const { roadmap } = await api.ok(ROADMAP, { organizationId: fresh.id });
    expect(roadmap.itStability.stable).toBe(false);
    expect(roadmap.itStability.reasons[0]).toMatch(
      /^no complete weeks of data before/,
    );
    expect(roadmap.itStability.stableFrom).toBe(monday(6));
    expect(roadmap.itStability.stableFromNote).toContain('six complete weeks');
    // IT starts today and holds the one slot until its day 61, which is after the projected date.
    const [it, hr, finance] = roadmap.items;
    expect([it.constraint, hr.constraint, finance.constraint]).toEqual([
      'AS_OF',
      'CAPACITY',
      'CAPACITY',
    ]);
    expect(hr.startDate).toBe(addDays(it.goLiveDate, 1));
    expect(hr.gates[0]).toMatchObject({ name: 'START', holds: false });
  });

  it('provides the GoLiveDates port: saved plans’ dates, else the roadmap’s schedule', async () => {
    const port = api.running.app.get<GoLiveDates>(GO_LIVE_DATES);
    const dates = await port.forOrganization(org.id);
    const { roadmap } = await api.ok(ROADMAP, { organizationId: org.id });
    expect(dates.size).toBe(4);
    expect(dates.get(org.departments.hr)).toEqual({
      departmentId: org.departments.hr,
      planStart: monday(-2),
      goLiveDate: addDays(monday(-2), 60),
      source: 'PLAN',
    });
    for (const item of roadmap.items) {
      expect(dates.get(item.department.id)).toEqual({
        departmentId: item.department.id,
        planStart: item.startDate,
        goLiveDate: item.goLiveDate,
        source: item.source,
      });
    }
  });
});
