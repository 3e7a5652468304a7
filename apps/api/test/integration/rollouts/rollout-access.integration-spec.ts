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
  SET_DONE,
  utcDate,
} from '../../support/rollouts';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

const ADD_TASK = `mutation($input: AddRolloutTaskInput!) { addRolloutTask(input: $input) { id title phase owner dueDate dueDateSet position } }`;
const UPDATE_TASK = `mutation($id: ID!, $input: UpdateRolloutTaskInput!) { updateRolloutTask(id: $id, input: $input) { id title owner dueDate dueDateSet overdue } }`;
const ADVANCE = `mutation($planId: ID!) { advancePhase(planId: $planId) { id } }`;
const DEPARTMENTS = `query($organizationId: ID!) { departments(organizationId: $organizationId) { id name rolloutPlan { id progress } } }`;

describe('who may read and edit rollout plans', () => {
  let api: TestApi;
  let org: OrganizationFixture;
  let hrPlan: any;
  let financePlan: any;
  let head: string;
  let viewer: string;
  let coe: string;
  let outsider: string;

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
    await importWeeks(api, org.id, 'IT', IT_WEEKS);
    hrPlan = (
      await api.ok(CREATE_PLAN, {
        departmentId: org.departments.hr,
        startDate: utcDate(-20),
      })
    ).createRolloutPlan;
    // Beside HR's plan: over the default capacity of one rollout, which this test is not about.
    financePlan = (
      await api.ok(CREATE_PLAN, {
        departmentId: org.departments.finance,
        startDate: utcDate(-5),
        allowOverCapacity: true,
      })
    ).createRolloutPlan;
    head = (
      await buildMember(api, org.id, 'DEPARTMENT_HEAD', [org.departments.hr])
    ).token;
    viewer = (await buildMember(api, org.id, 'VIEWER')).token;
    coe = (await buildMember(api, org.id, 'COE')).token;
    const other = await buildOrganization(api);
    outsider = (await buildMember(api, other.id, 'ADMIN')).token;
  });
  afterAll(() => api.close());

  it('lets a department head tick their own department’s task, and moves progress', async () => {
    const task = hrPlan.tasks[0];
    expect(
      (await api.ok(SET_DONE, { taskId: task.id, done: true }, head))
        .setTaskDone,
    ).toMatchObject({ id: task.id, done: true, overdue: false });
    const { rolloutPlan } = await api.ok(
      PLAN,
      { departmentId: org.departments.hr },
      head,
    );
    // 1 of 15 tasks done.
    expect(rolloutPlan.progress).toBeCloseTo(1 / 15, 12);
  });

  it('refuses a department head another department’s task, plan creation and phase moves', async () => {
    expect(
      errorCode(
        await api.gql(
          SET_DONE,
          { taskId: financePlan.tasks[0].id, done: true },
          head,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.gql(
          CREATE_PLAN,
          { departmentId: org.departments.it, startDate: utcDate() },
          head,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(ADVANCE, { planId: hrPlan.id }, head))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await api.gql(PLAN, { departmentId: org.departments.finance }, head),
      ),
    ).toBe('FORBIDDEN');
  });

  it('lets a viewer read but not tick', async () => {
    expect(
      (await api.ok(PLAN, { departmentId: org.departments.finance }, viewer))
        .rolloutPlan.id,
    ).toBe(financePlan.id);
    expect(
      errorCode(
        await api.gql(
          SET_DONE,
          { taskId: financePlan.tasks[0].id, done: true },
          viewer,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.gql(
          ADD_TASK,
          {
            input: {
              planId: financePlan.id,
              title: 'x',
              phase: 'AUDIT_AND_DESIGN',
            },
          },
          viewer,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND to another organisation, as for ids that do not exist', async () => {
    expect(
      errorCode(
        await api.gql(PLAN, { departmentId: org.departments.hr }, outsider),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await api.gql(
          SET_DONE,
          { taskId: hrPlan.tasks[1].id, done: true },
          outsider,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await api.gql(ADVANCE, { planId: hrPlan.id }, outsider)),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await api.gql(SET_DONE, {
          taskId: '00000000-0000-4000-8000-000000000000',
          done: true,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await api.gql(SET_DONE, { taskId: 'not-a-uuid', done: true })),
    ).toBe('NOT_FOUND');
  });

  it('lets the CoE add, rename, reassign and re-date tasks, validated by field', async () => {
    const { addRolloutTask } = await api.ok(
      ADD_TASK,
      {
        input: {
          planId: financePlan.id,
          title: '  Agree  approval limits ',
          phase: 'AUDIT_AND_DESIGN',
          owner: 'Elena',
        },
      },
      coe,
    );
    expect(addRolloutTask).toMatchObject({
      title: 'Agree approval limits',
      owner: 'Elena',
      dueDate: financePlan.phases[0].endDate,
      dueDateSet: false,
      position: 4,
    });
    const overdueDate = utcDate(-1);
    const { updateRolloutTask } = await api.ok(
      UPDATE_TASK,
      {
        id: addRolloutTask.id,
        input: {
          title: 'Agree the approval limits',
          owner: ' ',
          dueDate: overdueDate,
        },
      },
      coe,
    );
    expect(updateRolloutTask).toEqual({
      id: addRolloutTask.id,
      title: 'Agree the approval limits',
      owner: null,
      dueDate: overdueDate,
      dueDateSet: true,
      overdue: true,
    });
    const { rolloutPlan } = await api.ok(
      PLAN,
      { departmentId: org.departments.finance },
      coe,
    );
    expect(rolloutPlan.tasks).toHaveLength(16);
    // An overdue task puts the plan AT_RISK (domain §4).
    expect(rolloutPlan.status).toBe('AT_RISK');
    const blank = await api.gql(
      UPDATE_TASK,
      { id: addRolloutTask.id, input: { title: '   ' } },
      coe,
    );
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].extensions!.fields).toEqual([
      { field: 'title', message: 'title must not be empty' },
    ]);
    // A department head edits own plans' tasks too.
    const hrTask = hrPlan.tasks[2];
    expect(
      (
        await api.ok(
          UPDATE_TASK,
          { id: hrTask.id, input: { owner: 'Marcus' } },
          head,
        )
      ).updateRolloutTask.owner,
    ).toBe('Marcus');
  });

  it('resolves Department.rolloutPlan for a list of departments', async () => {
    const { departments } = await api.ok(DEPARTMENTS, {
      organizationId: org.id,
    });
    const byName = Object.fromEntries(
      departments.map((d: any) => [d.name, d.rolloutPlan]),
    );
    expect(byName.IT).toBeNull();
    expect(byName.HR.id).toBe(hrPlan.id);
    expect(byName.Finance.id).toBe(financePlan.id);
  });
});
