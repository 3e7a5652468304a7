import { randomUUID } from 'node:crypto';
import type { Role } from '@esm-planner/domain-access';
import {
  buildMember,
  buildOrganization,
  OrganizationFixture,
  QUERIES,
} from '../fixtures';
import { importText } from '../imports';
import { CREATE_PLAN, importWeeks, IT_WEEKS, utcDate } from '../rollouts';
import { TEST_PASSWORD, TestApi } from '../test-api';

/** Who calls: each role of the home organisation, another organisation's ADMIN, and nobody. */
export const CALLERS = [
  'ADMIN',
  'EXECUTIVE',
  'COE',
  'DEPARTMENT_HEAD',
  'VIEWER',
  'OUTSIDER',
  'ANONYMOUS',
] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * What an operation is aimed at. The department head heads HR of the home
 * organisation; OUTSIDER is ADMIN of the away organisation, so
 * `otherOrganisation` is the one target OUTSIDER may act on.
 */
export const TARGETS = [
  'ownDepartment',
  'otherDepartment',
  'ownOrganisation',
  'otherOrganisation',
  'none',
] as const;
export type TargetName = (typeof TARGETS)[number];

export type Target = {
  name: TargetName;
  organization: 'home' | 'away';
  organizationId: string;
  departmentId: string;
  /** The department's name, as an import file names it. */
  departmentName: string;
  /** Records the rules aim at, seeded once per target. */
  planId: string;
  taskIds: string[];
  importJobId: string;
  businessCaseId: string;
};

export type CallerFixture = {
  token: string | null;
  userId: string | null;
  email: string | null;
};

export type MatrixWorld = {
  api: TestApi;
  home: OrganizationFixture;
  away: OrganizationFixture;
  callers: Record<Caller, CallerFixture>;
  targets: Record<TargetName, Target>;
  maturityQuestionIds: string[];
};

const SAVE_CASE = `mutation($input: SaveBusinessCaseInput!) { saveBusinessCase(input: $input) { id } }`;
const REQUEST_HEADER =
  'external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes';

/** A request records file of `count` rows for one department (ids are new every time). */
export function requestsFile(departmentName: string, count = 2): string {
  const prefix = randomUUID().slice(0, 8);
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `${prefix}-${i},${departmentName},Laptop,EMAIL,2026-03-02T09:0${i % 10}:00Z,,,,,,`,
  );
  return `${[REQUEST_HEADER, ...rows].join('\n')}\n`;
}

async function seedOrganization(
  api: TestApi,
  organization: OrganizationFixture,
): Promise<string> {
  // A stable IT lets the other departments have rollout plans (domain §4 gate).
  await importWeeks(api, organization.id, 'IT', IT_WEEKS);
  const { saveBusinessCase } = await api.ok(SAVE_CASE, {
    input: {
      organizationId: organization.id,
      name: 'Matrix case',
      inputs: {
        loadedHourlyCost: 50,
        oneTimeCosts: 10_000,
        monthlyPlatformCost: 1_000,
        departments: [
          {
            departmentId: organization.departments.hr,
            monthlyVolume: 400,
            handlingMinutes: 20,
            goLiveMonth: 1,
          },
        ],
      },
    },
  });
  return saveBusinessCase.id;
}

async function seedTarget(
  api: TestApi,
  name: TargetName,
  organization: OrganizationFixture,
  where: 'home' | 'away',
  department: { id: string; name: string },
  businessCaseId: string,
  importToken: string | null | undefined,
): Promise<Target> {
  const { createRolloutPlan } = await api.ok(CREATE_PLAN, {
    departmentId: department.id,
    startDate: utcDate(-5),
    allowOverCapacity: true,
  });
  const job = await importText(
    api,
    {
      organizationId: organization.id,
      kind: 'REQUESTS',
      csv: requestsFile(department.name),
    },
    importToken,
  );
  if (job.status !== 'SUCCEEDED')
    throw new Error(`seed import failed: ${JSON.stringify(job)}`);
  return {
    name,
    organization: where,
    organizationId: organization.id,
    departmentId: department.id,
    departmentName: department.name,
    planId: createRolloutPlan.id,
    taskIds: createRolloutPlan.tasks.map((task: { id: string }) => task.id),
    importJobId: job.id,
    businessCaseId,
  };
}

/** Two organisations, one member per role, and the records the rules aim at: built once per run. */
export async function buildMatrixWorld(api: TestApi): Promise<MatrixWorld> {
  const home = await buildOrganization(api);
  const away = await buildOrganization(api);
  const callers = {} as Record<Caller, CallerFixture>;
  for (const role of ['ADMIN', 'EXECUTIVE', 'COE', 'VIEWER'] as Role[])
    callers[role] = await buildMember(api, home.id, role);
  callers.DEPARTMENT_HEAD = await buildMember(api, home.id, 'DEPARTMENT_HEAD', [
    home.departments.hr,
  ]);
  callers.OUTSIDER = await buildMember(api, away.id, 'ADMIN');
  callers.ANONYMOUS = { token: null, userId: null, email: null };

  const homeCase = await seedOrganization(api, home);
  const awayCase = await seedOrganization(api, away);
  // The head's own department's job is one the head started: a head reads the imports they started.
  const ownDepartment = await seedTarget(
    api,
    'ownDepartment',
    home,
    'home',
    { id: home.departments.hr, name: 'HR' },
    homeCase,
    callers.DEPARTMENT_HEAD.token,
  );
  const otherDepartment = await seedTarget(
    api,
    'otherDepartment',
    home,
    'home',
    { id: home.departments.it, name: 'IT' },
    homeCase,
    undefined,
  );
  const otherOrganisation = await seedTarget(
    api,
    'otherOrganisation',
    away,
    'away',
    { id: away.departments.hr, name: 'HR' },
    awayCase,
    undefined,
  );
  const { maturityQuestions } = await api.ok('{ maturityQuestions { id } }');
  return {
    api,
    home,
    away,
    callers,
    targets: {
      ownDepartment,
      otherDepartment,
      ownOrganisation: { ...ownDepartment, name: 'ownOrganisation' },
      otherOrganisation,
      none: { ...ownDepartment, name: 'none' },
    },
    maturityQuestionIds: maturityQuestions.map(
      (question: { id: string }) => question.id,
    ),
  };
}

/** A new person with a VIEWER role in the target's organisation (for the people operations). */
export async function freshMember(
  world: MatrixWorld,
  target: Target,
): Promise<{ userId: string; email: string }> {
  const email = `matrix-${randomUUID()}@example.test`;
  const { createUser } = await world.api.ok(QUERIES.CREATE_USER, {
    input: { email, name: 'Matrix person', password: TEST_PASSWORD },
  });
  await world.api.ok(QUERIES.ADD_MEMBERSHIP, {
    input: {
      organizationId: target.organizationId,
      userId: createUser.id,
      role: 'VIEWER',
      departmentIds: [],
    },
  });
  return { userId: createUser.id, email };
}

/** A second session of the caller, so an operation that ends a session leaves the matrix's own alone. */
export async function secondSession(
  world: MatrixWorld,
  caller: Caller,
): Promise<string | null> {
  const { email } = world.callers[caller];
  if (!email) return null;
  const { login } = await world.api.ok(
    QUERIES.LOGIN,
    { email, password: TEST_PASSWORD },
    null,
  );
  return login.token;
}
