import {
  buildMember,
  buildOrganization,
  OrganizationFixture,
} from '../../support/fixtures';
import {
  CREATE_PLAN,
  importWeeks,
  IT_WEEKS,
  PLAN,
  utcDate,
} from '../../support/rollouts';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

const PREVIEW = `query($departmentId: ID!, $startDate: Date, $businessDays: Boolean) {
  rolloutPlanPreview(departmentId: $departmentId, startDate: $startDate, businessDays: $businessDays) {
    departmentId roadmapStartDate startDate goLiveDate endDate businessDays maxConcurrentRollouts fits earliestStart
    overlappingPlans { departmentName startDate goLiveDate } moves { departmentName fromStart toStart fromGoLive toGoLive } } }`;
const ROADMAP = `query($organizationId: ID!) { roadmap(organizationId: $organizationId) {
  items { department { name } source startDate overCapacity overlappingPlans { departmentName startDate goLiveDate } } } }`;
const SET_CAPACITY = `mutation($input: UpdateRoadmapSettingsInput!) { updateRoadmapSettings(input: $input) { maxConcurrentRollouts } }`;

// domain §4 "Starting a plan", worked on dates relative to today (the start gate judges IT at today):
// IT's plan from today − 30 occupies a slot to its day 61, today + 30. With the default capacity of 1,
// HR may start on today + 31 at the earliest; its slot then runs to today + 91, Finance's from today + 92.
describe('plans respect the roadmap’s capacity', () => {
  let api: TestApi;
  let org: OrganizationFixture;

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
    await importWeeks(api, org.id, 'IT', IT_WEEKS);
    await api.ok(CREATE_PLAN, {
      departmentId: org.departments.it,
      startDate: utcDate(-30),
    });
  });
  afterAll(() => api.close());

  it('refuses a start inside IT’s slot with CONFLICT, the plan in the way and earliestStart, storing nothing', async () => {
    const refused = await api.gql(CREATE_PLAN, {
      departmentId: org.departments.hr,
      startDate: utcDate(25),
    });
    expect(errorCode(refused)).toBe('CONFLICT');
    const error = refused.errors![0];
    expect(error.extensions).toMatchObject({
      earliestStart: utcDate(31),
      maxConcurrentRollouts: 1,
      overlappingPlans: [
        {
          departmentName: 'IT',
          startDate: utcDate(-30),
          goLiveDate: utcDate(30),
        },
      ],
      fields: [{ field: 'startDate' }],
    });
    expect(error.message).toBe(
      `HR cannot start on ${utcDate(25)}: the roadmap has room for one rollout at a time from day 1 to go-live (day 61), ` +
        `and this plan is in the way: IT (${utcDate(-30)} to ${utcDate(30)}). The earliest start that fits is ${utcDate(31)}.`,
    );
    expect(
      (await api.ok(PLAN, { departmentId: org.departments.hr })).rolloutPlan,
    ).toBeNull();
  });

  it('previews the default start, the conflict and the departments a later start moves', async () => {
    const byDefault = (
      await api.ok(PREVIEW, { departmentId: org.departments.hr })
    ).rolloutPlanPreview;
    expect(byDefault).toMatchObject({
      roadmapStartDate: utcDate(31),
      startDate: utcDate(31),
      goLiveDate: utcDate(91),
      fits: true,
      earliestStart: utcDate(31),
      moves: [],
    });
    const inside = (
      await api.ok(PREVIEW, {
        departmentId: org.departments.hr,
        startDate: utcDate(25),
      })
    ).rolloutPlanPreview;
    expect(inside).toMatchObject({
      fits: false,
      earliestStart: utcDate(31),
      overlappingPlans: [{ departmentName: 'IT', goLiveDate: utcDate(30) }],
    });
    // HR from today + 40 holds the slot to today + 100: Finance moves from today + 92 to today + 101.
    const later = (
      await api.ok(PREVIEW, {
        departmentId: org.departments.hr,
        startDate: utcDate(40),
      })
    ).rolloutPlanPreview;
    expect(later.moves).toEqual([
      {
        departmentName: 'Finance',
        fromStart: utcDate(92),
        toStart: utcDate(101),
        fromGoLive: utcDate(152),
        toGoLive: utcDate(161),
      },
    ]);
    const viewer = (await buildMember(api, org.id, 'VIEWER')).token;
    expect(
      errorCode(
        await api.gql(PREVIEW, { departmentId: org.departments.hr }, viewer),
      ),
    ).toBe('FORBIDDEN');
  });

  it('starts a plan without a date on the department’s roadmap date', async () => {
    const { createRolloutPlan } = await api.ok(CREATE_PLAN, {
      departmentId: org.departments.hr,
    });
    expect(createRolloutPlan).toMatchObject({
      startDate: utcDate(31),
      goLiveDate: utcDate(91),
      allowOverCapacity: false,
    });
  });

  it('creates a plan over capacity when allowed, and the roadmap marks it with the plans it overlaps', async () => {
    expect(
      (
        await api.gql(CREATE_PLAN, {
          departmentId: org.departments.finance,
          startDate: utcDate(40),
        })
      ).errors![0].extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      earliestStart: utcDate(92),
    });
    const { createRolloutPlan } = await api.ok(CREATE_PLAN, {
      departmentId: org.departments.finance,
      startDate: utcDate(40),
      allowOverCapacity: true,
    });
    expect(createRolloutPlan).toMatchObject({
      startDate: utcDate(40),
      allowOverCapacity: true,
    });
    const items = (await api.ok(ROADMAP, { organizationId: org.id })).roadmap
      .items;
    expect(
      items.map((item: any) => [
        item.department.name,
        item.source,
        item.overCapacity,
      ]),
    ).toEqual([
      ['IT', 'PLAN', false],
      ['HR', 'PLAN', false],
      ['Finance', 'PLAN', true],
    ]);
    expect(items[2].overlappingPlans).toEqual([
      { departmentName: 'HR', startDate: utcDate(31), goLiveDate: utcDate(91) },
    ]);
    // Two slots make room for the overlap: the mark goes.
    await api.ok(SET_CAPACITY, {
      input: { organizationId: org.id, maxConcurrentRollouts: 2 },
    });
    const roomier = (await api.ok(ROADMAP, { organizationId: org.id })).roadmap
      .items;
    expect(roomier.map((item: any) => item.overCapacity)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
