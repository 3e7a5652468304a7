import { randomUUID } from 'node:crypto';
import { buildOrganization, QUERIES } from '../support/fixtures';
import { errorCode, startTestApi, TestApi } from '../support/test-api';

const DEPARTMENT_FIELDS =
  'id name kind status vocabulary vocabularyIsDefault serviceOwner organization { id }';
const UPDATE = `mutation($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { ${DEPARTMENT_FIELDS} } }`;

describe('departments', () => {
  let api: TestApi;
  let organizationId: string;

  beforeAll(async () => {
    api = await startTestApi();
    organizationId = (await buildOrganization(api)).id;
  });
  afterAll(() => api.close());

  const create = (input: Record<string, unknown>) =>
    api.gql(
      `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { ${DEPARTMENT_FIELDS} } }`,
      {
        input: { organizationId, ...input },
      },
    );

  it.each([
    ['LEGAL', 'matter'],
    ['PROCUREMENT', 'purchase request'],
    ['SECURITY', 'case'],
  ])(
    'creates a %s department speaking its default word "%s", PLANNED',
    async (kind, word) => {
      const result = await create({ name: `${kind} team`, kind });
      expect(result.data?.createDepartment).toMatchObject({
        name: `${kind} team`,
        kind,
        status: 'PLANNED',
        vocabulary: word,
        vocabularyIsDefault: true,
        serviceOwner: null,
        organization: { id: organizationId },
      });
    },
  );

  it('keeps a department’s own word and trims what it is given', async () => {
    const result = await create({
      name: '  Workplace  ',
      kind: 'FACILITIES',
      vocabulary: ' work order ',
      serviceOwner: ' Aisha Khan ',
    });
    expect(result.data?.createDepartment).toMatchObject({
      name: 'Workplace',
      vocabulary: 'work order',
      vocabularyIsDefault: false,
      serviceOwner: 'Aisha Khan',
    });
  });

  it('answers an empty name with BAD_USER_INPUT naming the field', async () => {
    const result = await create({ name: '   ', kind: 'HR' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'name', message: 'name must not be empty' },
    ]);
  });

  it('answers an unknown kind with BAD_USER_INPUT naming the field', async () => {
    const result = await create({ name: 'Marketing', kind: 'MARKETING' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields[0].field).toBe('kind');
  });

  it('answers a duplicate name (any case, any spacing) with CONFLICT', async () => {
    const result = await create({ name: ' hr ', kind: 'HR' });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors?.[0].extensions?.fields[0].field).toBe('name');
  });

  it('allows the same name in another organisation', async () => {
    const other = await buildOrganization(api);
    expect(other.departments.hr).toEqual(expect.any(String));
  });

  it('updates only the fields given, clears with null, and checks names', async () => {
    const { data } = await create({
      name: 'Procurement',
      kind: 'PROCUREMENT',
      serviceOwner: 'Lee Chan',
    });
    const id = data?.createDepartment.id;
    const renamed = await api.ok(UPDATE, {
      id,
      input: { status: 'AUDITING', vocabulary: 'PO' },
    });
    expect(renamed.updateDepartment).toMatchObject({
      name: 'Procurement',
      status: 'AUDITING',
      vocabulary: 'PO',
      serviceOwner: 'Lee Chan',
    });
    const cleared = await api.ok(UPDATE, {
      id,
      input: { vocabulary: null, serviceOwner: null },
    });
    expect(cleared.updateDepartment).toMatchObject({
      vocabulary: 'purchase request',
      vocabularyIsDefault: true,
      serviceOwner: null,
    });
    expect(
      errorCode(await api.gql(UPDATE, { id, input: { name: 'Finance' } })),
    ).toBe('CONFLICT');
    expect(errorCode(await api.gql(UPDATE, { id, input: { name: '' } }))).toBe(
      'BAD_USER_INPUT',
    );
    // Changing only the case of its own name is not a conflict with itself.
    expect(
      (await api.ok(UPDATE, { id, input: { name: 'PROCUREMENT' } }))
        .updateDepartment.name,
    ).toBe('PROCUREMENT');
  });

  it('lists departments on the organisation and through `departments`, IT first', async () => {
    const { organization, departments } = await api.ok(
      `query($id: ID!) { organization(id: $id) { departments { name kind } } departments(organizationId: $id) { name } }`,
      { id: organizationId },
    );
    expect(organization.departments[0]).toEqual({ name: 'IT', kind: 'IT' });
    expect(departments.map((d: { name: string }) => d.name)).toEqual(
      organization.departments.map((d: { name: string }) => d.name),
    );
  });

  it('answers another organisation’s ids exactly like ids that do not exist', async () => {
    const other = await buildOrganization(api);
    const { token } = await (
      await import('../support/fixtures')
    ).buildMember(api, organizationId, 'ADMIN');
    const missing = randomUUID();
    const ask = (query: string, variables: Record<string, unknown>) =>
      api.gql(query, variables, token);
    const pairs: [string, Record<string, unknown>, Record<string, unknown>][] =
      [
        [
          'query($id: ID!) { department(id: $id) { id } }',
          { id: other.departments.hr },
          { id: missing },
        ],
        [
          'query($id: ID!) { organization(id: $id) { id } }',
          { id: other.id },
          { id: missing },
        ],
        [
          'query($id: ID!) { departments(organizationId: $id) { id } }',
          { id: other.id },
          { id: missing },
        ],
        [
          UPDATE,
          { id: other.departments.hr, input: { status: 'LIVE' } },
          { id: missing, input: { status: 'LIVE' } },
        ],
        [
          QUERIES.CREATE_DEPARTMENT,
          { input: { organizationId: other.id, name: 'X', kind: 'IT' } },
          { input: { organizationId: missing, name: 'X', kind: 'IT' } },
        ],
      ];
    for (const [query, foreign, absent] of pairs) {
      const [a, b] = [await ask(query, foreign), await ask(query, absent)];
      expect(errorCode(a)).toBe('NOT_FOUND');
      expect(a).toEqual(b);
    }
    expect(
      errorCode(
        await ask('query($id: ID!) { department(id: $id) { id } }', {
          id: 'not-a-uuid',
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('never sends a stack trace', async () => {
    const result = await create({ name: '', kind: 'HR' });
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\.ts:|node_modules/);
  });
});
