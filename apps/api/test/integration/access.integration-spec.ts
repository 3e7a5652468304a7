import { randomUUID } from 'node:crypto';
import type { Role } from '@esm-planner/domain-access';
import {
  buildMember,
  buildOrganization,
  OrganizationFixture,
  QUERIES,
} from '../support/fixtures';
import {
  errorCode,
  startTestApi,
  TEST_PASSWORD,
  TestApi,
} from '../support/test-api';

type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND';
type Caller = Role | 'OUTSIDER';

// api.md "Who may do what", written out by hand. The department head owns HR.
// OUTSIDER is an ADMIN of another organisation: everything here is NOT_FOUND.
const CALLERS: Caller[] = [
  'ADMIN',
  'EXECUTIVE',
  'COE',
  'DEPARTMENT_HEAD',
  'VIEWER',
  'OUTSIDER',
];

type Operation = {
  name: string;
  expected: Record<Caller, Outcome>;
  run: (ctx: {
    org: OrganizationFixture;
    token: string;
    api: TestApi;
  }) => ReturnType<TestApi['gql']>;
};

const everyone: Record<Caller, Outcome> = {
  ADMIN: 'ok',
  EXECUTIVE: 'ok',
  COE: 'ok',
  DEPARTMENT_HEAD: 'ok',
  VIEWER: 'ok',
  OUTSIDER: 'NOT_FOUND',
};
const managers: Record<Caller, Outcome> = {
  ADMIN: 'ok',
  EXECUTIVE: 'FORBIDDEN',
  COE: 'ok',
  DEPARTMENT_HEAD: 'FORBIDDEN',
  VIEWER: 'FORBIDDEN',
  OUTSIDER: 'NOT_FOUND',
};
const adminsOnly: Record<Caller, Outcome> = {
  ADMIN: 'ok',
  EXECUTIVE: 'FORBIDDEN',
  COE: 'FORBIDDEN',
  DEPARTMENT_HEAD: 'FORBIDDEN',
  VIEWER: 'FORBIDDEN',
  OUTSIDER: 'NOT_FOUND',
};

const OPERATIONS: Operation[] = [
  {
    name: 'organization',
    expected: everyone,
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!) { organization(id: $id) { id } }',
        { id: org.id },
        token,
      ),
  },
  {
    name: 'departments',
    expected: everyone,
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!) { departments(organizationId: $id) { id } }',
        { id: org.id },
        token,
      ),
  },
  {
    name: 'department (own: HR)',
    expected: everyone,
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!) { department(id: $id) { id } }',
        { id: org.departments.hr },
        token,
      ),
  },
  {
    name: 'department (other: IT)',
    expected: { ...everyone, DEPARTMENT_HEAD: 'FORBIDDEN' },
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!) { department(id: $id) { id } }',
        { id: org.departments.it },
        token,
      ),
  },
  {
    name: 'createDepartment',
    expected: managers,
    run: ({ api, org, token }) =>
      api.gql(
        QUERIES.CREATE_DEPARTMENT,
        {
          input: {
            organizationId: org.id,
            name: `D ${randomUUID()}`,
            kind: 'OTHER',
          },
        },
        token,
      ),
  },
  {
    name: 'updateDepartment (own: HR)',
    expected: managers,
    run: ({ api, org, token }) =>
      api.gql(
        'mutation($id: ID!) { updateDepartment(id: $id, input: { serviceOwner: "Someone" }) { id } }',
        { id: org.departments.hr },
        token,
      ),
  },
  {
    name: 'addMembership',
    expected: adminsOnly,
    run: async ({ api, org, token }) => {
      const { createUser } = await api.ok(QUERIES.CREATE_USER, {
        input: {
          email: `${randomUUID()}@example.test`,
          name: 'New',
          password: TEST_PASSWORD,
        },
      });
      return api.gql(
        QUERIES.ADD_MEMBERSHIP,
        {
          input: {
            organizationId: org.id,
            userId: createUser.id,
            role: 'VIEWER',
          },
        },
        token,
      );
    },
  },
];

describe('access matrix: role × operation × own / other department / other organisation', () => {
  let api: TestApi;
  let org: OrganizationFixture;
  const tokens = {} as Record<Caller, string>;

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
    for (const role of ['ADMIN', 'EXECUTIVE', 'COE', 'VIEWER'] as Role[])
      tokens[role] = (await buildMember(api, org.id, role)).token;
    tokens.DEPARTMENT_HEAD = (
      await buildMember(api, org.id, 'DEPARTMENT_HEAD', [org.departments.hr])
    ).token;
    const elsewhere = await buildOrganization(api);
    tokens.OUTSIDER = (await buildMember(api, elsewhere.id, 'ADMIN')).token;
  });
  afterAll(() => api.close());

  const cases = OPERATIONS.flatMap((operation) =>
    CALLERS.map(
      (caller) =>
        [
          operation.name,
          caller,
          operation.expected[caller],
          operation,
        ] as const,
    ),
  );

  it.each(cases)(
    '%s by %s → %s',
    async (_name, caller, expected, operation) => {
      const result = await operation.run({ api, org, token: tokens[caller] });
      expect(errorCode(result) ?? 'ok').toBe(expected);
    },
  );

  it('shows a department head only their own departments', async () => {
    const { organization } = await api.ok(
      'query($id: ID!) { organization(id: $id) { departments { id } } }',
      { id: org.id },
      tokens.DEPARTMENT_HEAD,
    );
    expect(organization.departments).toEqual([{ id: org.departments.hr }]);
  });

  it.each([
    ['ADMIN', 'ok'],
    ['EXECUTIVE', 'FORBIDDEN'],
    ['COE', 'FORBIDDEN'],
    ['DEPARTMENT_HEAD', 'FORBIDDEN'],
    ['VIEWER', 'FORBIDDEN'],
  ] as const)(
    'createUser and createOrganization by %s → %s',
    async (caller, expected) => {
      const user = await api.gql(
        QUERIES.CREATE_USER,
        {
          input: {
            email: `${randomUUID()}@example.test`,
            name: 'N',
            password: TEST_PASSWORD,
          },
        },
        tokens[caller],
      );
      const organization = await api.gql(
        QUERIES.CREATE_ORGANIZATION,
        { input: { name: `O ${randomUUID()}` } },
        tokens[caller],
      );
      expect(errorCode(user) ?? 'ok').toBe(expected);
      expect(errorCode(organization) ?? 'ok').toBe(expected);
    },
  );

  it('lists only the organisations a person belongs to', async () => {
    const { organizations } = await api.ok(
      '{ organizations { id myRole } }',
      {},
      tokens.COE,
    );
    expect(organizations).toEqual([{ id: org.id, myRole: 'COE' }]);
  });

  it('requires departments for a department head, and only departments of the organisation', async () => {
    const { createUser } = await api.ok(QUERIES.CREATE_USER, {
      input: {
        email: `${randomUUID()}@example.test`,
        name: 'H',
        password: TEST_PASSWORD,
      },
    });
    const none = await api.gql(QUERIES.ADD_MEMBERSHIP, {
      input: {
        organizationId: org.id,
        userId: createUser.id,
        role: 'DEPARTMENT_HEAD',
      },
    });
    expect(none.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'departmentIds' }],
    });
    const foreign = await buildOrganization(api);
    const wrong = await api.gql(QUERIES.ADD_MEMBERSHIP, {
      input: {
        organizationId: org.id,
        userId: createUser.id,
        role: 'DEPARTMENT_HEAD',
        departmentIds: [foreign.departments.hr],
      },
    });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    const changed = await api.ok(QUERIES.ADD_MEMBERSHIP, {
      input: {
        organizationId: org.id,
        userId: createUser.id,
        role: 'DEPARTMENT_HEAD',
        departmentIds: [org.departments.finance, org.departments.hr],
      },
    });
    expect(changed.addMembership.departmentIds).toEqual(
      [org.departments.finance, org.departments.hr].sort(),
    );
    const demoted = await api.ok(QUERIES.ADD_MEMBERSHIP, {
      input: { organizationId: org.id, userId: createUser.id, role: 'VIEWER' },
    });
    expect(demoted.addMembership).toMatchObject({
      role: 'VIEWER',
      departmentIds: [],
    });
  });
});
