import { randomUUID } from 'node:crypto';
import type { Role } from '@esm-planner/domain-access';
import { MATURITY_QUESTIONS } from '@esm-planner/domain-maturity';
import {
  buildMember,
  buildOrganization,
  OrganizationFixture,
} from '../../support/fixtures';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND';
type Caller = Role | 'OUTSIDER';
type Run = (ctx: {
  org: OrganizationFixture;
  token: string;
  api: TestApi;
}) => ReturnType<TestApi['gql']>;

// api.md "Who may do what" for issue 7, by hand. The department head owns HR;
// OUTSIDER is an ADMIN of another organisation.
const CALLERS: Caller[] = [
  'ADMIN',
  'EXECUTIVE',
  'COE',
  'DEPARTMENT_HEAD',
  'VIEWER',
  'OUTSIDER',
];
const everyone: Record<Caller, Outcome> = {
  ADMIN: 'ok',
  EXECUTIVE: 'ok',
  COE: 'ok',
  DEPARTMENT_HEAD: 'ok',
  VIEWER: 'ok',
  OUTSIDER: 'NOT_FOUND',
};
const coeAndAdmin: Record<Caller, Outcome> = {
  ADMIN: 'ok',
  EXECUTIVE: 'FORBIDDEN',
  COE: 'ok',
  DEPARTMENT_HEAD: 'FORBIDDEN',
  VIEWER: 'FORBIDDEN',
  OUTSIDER: 'NOT_FOUND',
};
const ownDepartment: Record<Caller, Outcome> = {
  ...coeAndAdmin,
  DEPARTMENT_HEAD: 'ok',
};

const ANSWERS = MATURITY_QUESTIONS.map((question) => ({
  questionId: question.id,
  score: 3,
}));
const item = (departmentId: string) => ({
  input: { departmentId, name: `Item ${randomUUID()}` },
});
const enhancement = (
  departmentId: string,
  extra: Record<string, unknown> = {},
) => ({
  input: { departmentId, title: 'Idea', value: 5, effort: 5, ...extra },
});
const UPSERT_ITEM =
  'mutation($input: CatalogItemInput!) { upsertCatalogItem(input: $input) { id } }';
const UPSERT_ENH =
  'mutation($input: EnhancementRequestInput!) { upsertEnhancementRequest(input: $input) { id } }';

const OPERATIONS: {
  name: string;
  expected: Record<Caller, Outcome>;
  run: Run;
}[] = [
  {
    name: 'maturity',
    expected: everyone,
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!) { maturity(organizationId: $id) { id } }',
        { id: org.id },
        token,
      ),
  },
  {
    name: 'maturityEvidence',
    expected: everyone,
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!) { maturityEvidence(organizationId: $id) { dimension } }',
        { id: org.id },
        token,
      ),
  },
  {
    name: 'maturityHistory (other department: IT)',
    expected: { ...everyone, DEPARTMENT_HEAD: 'FORBIDDEN' },
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!, $d: ID) { maturityHistory(organizationId: $id, departmentId: $d) { id } }',
        { id: org.id, d: org.departments.it },
        token,
      ),
  },
  {
    name: 'submitMaturityAssessment',
    expected: coeAndAdmin,
    run: ({ api, org, token }) =>
      api.gql(
        'mutation($input: MaturityAnswersInput!) { submitMaturityAssessment(input: $input) { id } }',
        { input: { organizationId: org.id, answers: ANSWERS } },
        token,
      ),
  },
  {
    name: 'catalog (own: HR)',
    expected: everyone,
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!) { catalog(departmentId: $id) { id } }',
        { id: org.departments.hr },
        token,
      ),
  },
  {
    name: 'catalog (other: IT)',
    expected: { ...everyone, DEPARTMENT_HEAD: 'FORBIDDEN' },
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!) { catalog(departmentId: $id) { id } }',
        { id: org.departments.it },
        token,
      ),
  },
  {
    name: 'upsertCatalogItem (own: HR)',
    expected: ownDepartment,
    run: ({ api, org, token }) =>
      api.gql(UPSERT_ITEM, item(org.departments.hr), token),
  },
  {
    name: 'upsertCatalogItem (other: IT)',
    expected: coeAndAdmin,
    run: ({ api, org, token }) =>
      api.gql(UPSERT_ITEM, item(org.departments.it), token),
  },
  {
    name: 'deleteCatalogItem (other: IT)',
    expected: coeAndAdmin,
    run: async ({ api, org, token }) => {
      const { upsertCatalogItem } = await api.ok(
        UPSERT_ITEM,
        item(org.departments.it),
      );
      return api.gql(
        'mutation($id: ID!) { deleteCatalogItem(id: $id) }',
        { id: upsertCatalogItem.id },
        token,
      );
    },
  },
  {
    name: 'coe',
    expected: everyone,
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!) { coe(organizationId: $id) { coverage } }',
        { id: org.id },
        token,
      ),
  },
  {
    name: 'assignCoeRole',
    expected: coeAndAdmin,
    run: ({ api, org, token }) =>
      api.gql(
        'mutation($input: CoeRoleInput!) { assignCoeRole(input: $input) { coverage } }',
        {
          input: { organizationId: org.id, role: 'TRAINING', assignee: 'Tess' },
        },
        token,
      ),
  },
  {
    name: 'setProgrammeGovernance',
    expected: coeAndAdmin,
    run: ({ api, org, token }) =>
      api.gql(
        'mutation($input: ProgrammeGovernanceInput!) { setProgrammeGovernance(input: $input) { executiveSponsor } }',
        {
          input: {
            organizationId: org.id,
            executiveSponsor: 'Dana',
            steeringGroup: [],
          },
        },
        token,
      ),
  },
  {
    name: 'enhancementRequests',
    expected: everyone,
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!) { enhancementRequests(organizationId: $id) { id } }',
        { id: org.id },
        token,
      ),
  },
  {
    name: 'upsertEnhancementRequest (own: HR)',
    expected: ownDepartment,
    run: ({ api, org, token }) =>
      api.gql(UPSERT_ENH, enhancement(org.departments.hr), token),
  },
  {
    name: 'upsertEnhancementRequest (other: IT)',
    expected: coeAndAdmin,
    run: ({ api, org, token }) =>
      api.gql(UPSERT_ENH, enhancement(org.departments.it), token),
  },
  {
    name: 'accept an enhancement request (own: HR)',
    // Deciding is the CoE's (product owner's), even in the head's own department.
    expected: coeAndAdmin,
    run: async ({ api, org, token }) => {
      const { upsertEnhancementRequest } = await api.ok(
        UPSERT_ENH,
        enhancement(org.departments.hr),
      );
      return api.gql(
        UPSERT_ENH,
        enhancement(org.departments.hr, {
          id: upsertEnhancementRequest.id,
          status: 'ACCEPTED',
        }),
        token,
      );
    },
  },
  {
    name: 'readiness (own: HR)',
    expected: everyone,
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!) { readiness(departmentId: $id) { ready } }',
        { id: org.departments.hr },
        token,
      ),
  },
  {
    name: 'programmeReadiness',
    expected: everyone,
    run: ({ api, org, token }) =>
      api.gql(
        'query($id: ID!) { programmeReadiness(organizationId: $id) { ready } }',
        { id: org.id },
        token,
      ),
  },
];

describe('access matrix for maturity, catalogue, CoE, enhancements and readiness', () => {
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
    tokens.OUTSIDER = (
      await buildMember(api, (await buildOrganization(api)).id, 'ADMIN')
    ).token;
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

  it('gives a department head the programme’s readiness over their own departments only', async () => {
    const QUERY =
      'query($id: ID!) { programmeReadiness(organizationId: $id) { checks { failureMode reasons } } }';
    const reasons = (result: {
      programmeReadiness: {
        checks: { failureMode: string; reasons: string[] }[];
      };
    }) =>
      result.programmeReadiness.checks.find(
        (check) => check.failureMode === 'CATALOGUE_INCOMPLETE',
      )!.reasons;
    // Nobody has an audit: each department in scope is named once.
    const all = reasons(await api.ok(QUERY, { id: org.id }, tokens.ADMIN));
    expect([...all].sort()).toEqual([
      'Finance has no baseline audit',
      'HR has no baseline audit',
      'IT has no baseline audit',
    ]);
    expect(
      reasons(await api.ok(QUERY, { id: org.id }, tokens.DEPARTMENT_HEAD)),
    ).toEqual(['HR has no baseline audit']);
  });

  it('shows a department head only their own departments’ enhancement requests', async () => {
    await api.ok(UPSERT_ENH, enhancement(org.departments.it));
    const { enhancementRequests } = await api.ok(
      'query($id: ID!) { enhancementRequests(organizationId: $id) { departmentId } }',
      { id: org.id },
      tokens.DEPARTMENT_HEAD,
    );
    expect(enhancementRequests.length).toBeGreaterThan(0);
    expect(
      new Set(
        enhancementRequests.map(
          (r: { departmentId: string }) => r.departmentId,
        ),
      ),
    ).toEqual(new Set([org.departments.hr]));
  });
});
