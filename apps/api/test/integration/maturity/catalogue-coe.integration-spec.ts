import { buildOrganization, OrganizationFixture } from '../../support/fixtures';
import { importText } from '../../support/imports';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

// HR's audit: 30 + 10 + 10 = 50 requests in three types.
const HR_AUDIT = [
  'department,request_type,channel,count,avg_handling_minutes,avg_first_response_hours',
  'HR,Leave request,EMAIL,30,10,2',
  'HR,Payslip query,CHAT,10,8,1',
  'HR,Onboarding,EMAIL,10,30,4',
].join('\n');

const UPSERT = `mutation($input: CatalogItemInput!) { upsertCatalogItem(input: $input) {
  id name owner slaTargetHours fulfilmentMode requestTypes processReviewed lastReviewedAt reviewDueOn flags } }`;
const COVERAGE = `query($id: ID!) { baseline(departmentId: $id) { catalogCoverage } catalogGaps(departmentId: $id) { requestType count } }`;

describe('catalogue, CoE and enhancement backlog over GraphQL', () => {
  let api: TestApi;
  let org: OrganizationFixture;

  beforeAll(async () => {
    api = await startTestApi();
    org = await buildOrganization(api);
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: HR_AUDIT,
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
    });
    expect(job.status).toBe('SUCCEEDED');
  });
  afterAll(() => api.close());

  it('fills catalogCoverage and lists the gaps as items map request types', async () => {
    expect(await api.ok(COVERAGE, { id: org.departments.hr })).toEqual({
      baseline: { catalogCoverage: 0 },
      catalogGaps: [
        { requestType: 'Leave request', count: 30 },
        { requestType: 'Onboarding', count: 10 },
        { requestType: 'Payslip query', count: 10 },
      ],
    });
    const { upsertCatalogItem: leave } = await api.ok(UPSERT, {
      input: {
        departmentId: org.departments.hr,
        name: 'Leave',
        owner: 'Hana',
        slaTargetHours: 24,
        fulfilmentMode: 'RESOLVE',
        requestTypes: [' leave  REQUEST'],
        lastReviewedAt: '2026-01-05',
      },
    });
    // Reviewed 2026-01-05: due 90 days later, long past today.
    expect(leave).toMatchObject({
      requestTypes: ['leave  REQUEST'],
      reviewDueOn: '2026-04-05',
      flags: ['REVIEW_DUE'],
      processReviewed: false,
    });
    // 30 of 50 requests are covered.
    expect(await api.ok(COVERAGE, { id: org.departments.hr })).toEqual({
      baseline: { catalogCoverage: 0.6 },
      catalogGaps: [
        { requestType: 'Onboarding', count: 10 },
        { requestType: 'Payslip query', count: 10 },
      ],
    });
    await api.ok(UPSERT, {
      input: {
        departmentId: org.departments.hr,
        name: 'Pay and onboarding',
        requestTypes: ['Payslip query', 'Onboarding'],
      },
    });
    expect(await api.ok(COVERAGE, { id: org.departments.hr })).toEqual({
      baseline: { catalogCoverage: 1 },
      catalogGaps: [],
    });
    const { organizationBaseline } = await api.ok(
      'query($id: ID!) { organizationBaseline(organizationId: $id) { catalogCoverage } }',
      { id: org.id },
    );
    expect(organizationBaseline.catalogCoverage).toBe(1);
  });

  it('flags items without owner, SLA or review, and batches Department.catalog', async () => {
    await api.ok(UPSERT, {
      input: {
        departmentId: org.departments.finance,
        name: 'Invoice approval',
      },
    });
    const { departments } = await api.ok(
      'query($id: ID!) { departments(organizationId: $id) { name catalog { name flags } } }',
      { id: org.id },
    );
    const byName = Object.fromEntries(
      departments.map((d: { name: string; catalog: unknown }) => [
        d.name,
        d.catalog,
      ]),
    );
    expect(byName.Finance).toEqual([
      { name: 'Invoice approval', flags: ['NO_OWNER', 'NO_SLA', 'REVIEW_DUE'] },
    ]);
    expect(byName.HR.map((item: { name: string }) => item.name)).toEqual([
      'Leave',
      'Pay and onboarding',
    ]);
    expect(byName.IT).toEqual([]);
  });

  it('refuses bad input naming the fields, duplicates, and items of another department', async () => {
    const bad = await api.gql(UPSERT, {
      input: {
        departmentId: org.departments.hr,
        name: ' ',
        slaTargetHours: 0,
        lastReviewedAt: '2999-01-01',
      },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(
      bad.errors![0].extensions!.fields.map((f: { field: string }) => f.field),
    ).toEqual(['name', 'slaTargetHours', 'lastReviewedAt']);
    expect(
      errorCode(
        await api.gql(UPSERT, {
          input: { departmentId: org.departments.hr, name: 'LEAVE' },
        }),
      ),
    ).toBe('CONFLICT');
    const { catalog } = await api.ok(
      'query($id: ID!) { catalog(departmentId: $id) { id name } }',
      { id: org.departments.hr },
    );
    const moved = await api.gql(UPSERT, {
      input: {
        id: catalog[0].id,
        departmentId: org.departments.finance,
        name: 'Moved',
      },
    });
    expect(errorCode(moved)).toBe('NOT_FOUND');
  });

  it('updates and deletes an item', async () => {
    const { catalog } = await api.ok(
      'query($id: ID!) { catalog(departmentId: $id) { id name } }',
      { id: org.departments.finance },
    );
    const { upsertCatalogItem } = await api.ok(UPSERT, {
      input: {
        id: catalog[0].id,
        departmentId: org.departments.finance,
        name: 'Invoice approval',
        owner: 'Fay',
        slaTargetHours: 48,
        processReviewed: true,
      },
    });
    expect(upsertCatalogItem).toMatchObject({
      owner: 'Fay',
      processReviewed: true,
      flags: ['REVIEW_DUE'],
    });
    expect(
      await api.ok('mutation($id: ID!) { deleteCatalogItem(id: $id) }', {
        id: catalog[0].id,
      }),
    ).toEqual({ deleteCatalogItem: true });
    expect(
      errorCode(
        await api.gql('mutation($id: ID!) { deleteCatalogItem(id: $id) }', {
          id: catalog[0].id,
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('staffs CoE roles and reports coverage', async () => {
    const ASSIGN =
      'mutation($input: CoeRoleInput!) { assignCoeRole(input: $input) { coverage roles { role assignees } } }';
    await api.ok(ASSIGN, {
      input: { organizationId: org.id, role: 'TEAM', assignee: 'Ana' },
    });
    await api.ok(ASSIGN, {
      input: { organizationId: org.id, role: 'TEAM', assignee: ' ana ' },
    });
    const { assignCoeRole } = await api.ok(ASSIGN, {
      input: { organizationId: org.id, role: 'REPORTING', assignee: 'Kim' },
    });
    expect(assignCoeRole.coverage).toBeCloseTo(2 / 7, 12);
    expect(assignCoeRole.roles[0]).toEqual({
      role: 'TEAM',
      assignees: ['Ana'],
    });
    const { unassignCoeRole } = await api.ok(
      'mutation($input: CoeRoleInput!) { unassignCoeRole(input: $input) { coverage } }',
      {
        input: { organizationId: org.id, role: 'REPORTING', assignee: 'KIM' },
      },
    );
    expect(unassignCoeRole.coverage).toBeCloseTo(1 / 7, 12);
    expect(
      errorCode(
        await api.gql(ASSIGN, {
          input: { organizationId: org.id, role: 'TEAM', assignee: '  ' },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('ranks the backlog by value ÷ effort and keeps a decline’s reason', async () => {
    const UPSERT_ENH =
      'mutation($input: EnhancementRequestInput!) { upsertEnhancementRequest(input: $input) { id rank ratio status declineReason } }';
    const file = async (title: string, value: number, effort: number) =>
      (
        await api.ok(UPSERT_ENH, {
          input: { departmentId: org.departments.hr, title, value, effort },
        })
      ).upsertEnhancementRequest;
    const low = await file('Custom theme', 2, 8);
    await file('Bulk leave upload', 8, 2);
    await file('Payslip bot', 6, 3);
    const refused = await api.gql(UPSERT_ENH, {
      input: {
        id: low.id,
        departmentId: org.departments.hr,
        title: 'Custom theme',
        value: 2,
        effort: 8,
        status: 'DECLINED',
      },
    });
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'declineReason' }],
    });
    const declined = await api.ok(UPSERT_ENH, {
      input: {
        id: low.id,
        departmentId: org.departments.hr,
        title: 'Custom theme',
        value: 2,
        effort: 8,
        status: 'DECLINED',
        declineReason: 'heavy customisation; stay out of the box',
      },
    });
    expect(declined.upsertEnhancementRequest).toMatchObject({
      status: 'DECLINED',
      rank: null,
      declineReason: 'heavy customisation; stay out of the box',
    });
    const { enhancementRequests } = await api.ok(
      'query($id: ID!) { enhancementRequests(organizationId: $id) { title rank ratio status } }',
      { id: org.id },
    );
    expect(enhancementRequests).toEqual([
      { title: 'Bulk leave upload', rank: 1, ratio: 4, status: 'NEW' },
      { title: 'Payslip bot', rank: 2, ratio: 2, status: 'NEW' },
      { title: 'Custom theme', rank: null, ratio: 0.25, status: 'DECLINED' },
    ]);
    const reopen = await api.gql(UPSERT_ENH, {
      input: {
        id: low.id,
        departmentId: org.departments.hr,
        title: 'Custom theme',
        value: 2,
        effort: 8,
        status: 'NEW',
      },
    });
    expect(errorCode(reopen)).toBe('BAD_USER_INPUT');
  });
});
