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

const ME = '{ me { email } }';
const MEMBERS = `query($id: ID!) { organizationMembers(organizationId: $id) { userId email name role departmentIds disabled } }`;
const REMOVE = `mutation($org: ID!, $user: ID!) { removeMembership(organizationId: $org, userId: $user) }`;
const DISABLE = `mutation($user: ID!) { disableUser(userId: $user) { id disabled } }`;
const ENABLE = `mutation($user: ID!) { enableUser(userId: $user) { id disabled } }`;
const END_SESSIONS = `mutation($user: ID!, $tokens: Boolean) { endSessions(userId: $user, revokeApiTokens: $tokens) }`;
const API_TOKEN = 'mutation { createApiToken(name: "script") { token } }';

describe('people: memberships, disabled accounts, sessions', () => {
  // A 60-second cache, so an answer that comes from a stale cache entry shows.
  let api: TestApi;
  let org: OrganizationFixture;
  let admin: Awaited<ReturnType<typeof buildMember>>;

  beforeAll(async () => {
    api = await startTestApi({ AUTH_CACHE_TTL_SECONDS: '60' });
    org = await buildOrganization(api);
    admin = await buildMember(api, org.id, 'ADMIN');
  });
  afterAll(() => api.close());

  const login = (email: string) =>
    api.gql(QUERIES.LOGIN, { email, password: TEST_PASSWORD }, null);

  it('lists an organisation’s members for its ADMINs only', async () => {
    const head = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.hr,
    ]);
    const { organizationMembers } = await api.ok(
      MEMBERS,
      { id: org.id },
      admin.token,
    );
    expect(organizationMembers).toContainEqual({
      userId: head.userId,
      email: head.email,
      name: 'DEPARTMENT_HEAD person',
      role: 'DEPARTMENT_HEAD',
      departmentIds: [org.departments.hr],
      disabled: false,
    });
    expect(errorCode(await api.gql(MEMBERS, { id: org.id }, head.token))).toBe(
      'FORBIDDEN',
    );
    const stranger = await buildMember(
      api,
      (await buildOrganization(api)).id,
      'ADMIN',
    );
    expect(
      errorCode(await api.gql(MEMBERS, { id: org.id }, stranger.token)),
    ).toBe('NOT_FOUND');
  });

  it('removes a membership: the person loses the organisation at once, even with the role cached', async () => {
    const coe = await buildMember(api, org.id, 'COE');
    const departments = `query($id: ID!) { departments(organizationId: $id) { id } }`;
    expect(
      (await api.ok(departments, { id: org.id }, coe.token)).departments,
    ).toHaveLength(3);

    expect(
      (await api.ok(REMOVE, { org: org.id, user: coe.userId }, admin.token))
        .removeMembership,
    ).toBe(true);
    expect(
      errorCode(await api.gql(departments, { id: org.id }, coe.token)),
    ).toBe('NOT_FOUND');
    expect(
      (
        await api.ok(MEMBERS, { id: org.id }, admin.token)
      ).organizationMembers.map((m: any) => m.userId),
    ).not.toContain(coe.userId);
    // Removing it again: there is nothing to remove.
    expect(
      errorCode(
        await api.gql(REMOVE, { org: org.id, user: coe.userId }, admin.token),
      ),
    ).toBe('NOT_FOUND');
  });

  it('never removes the last ADMIN of an organisation', async () => {
    const lonely = await buildOrganization(api);
    const only = await buildMember(api, lonely.id, 'ADMIN');
    const result = await api.gql(
      REMOVE,
      { org: lonely.id, user: only.userId },
      only.token,
    );
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors?.[0].message).toBe(
      'the last ADMIN of an organisation cannot be removed; make someone else ADMIN first',
    );
  });

  it('lets only an ADMIN remove memberships', async () => {
    const viewer = await buildMember(api, org.id, 'VIEWER');
    const other = await buildMember(api, org.id, 'VIEWER');
    expect(
      errorCode(
        await api.gql(
          REMOVE,
          { org: org.id, user: other.userId },
          viewer.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('disables a user: no sign-in, and every session and API token stops at once (cache evicted)', async () => {
    const person = await buildMember(api, org.id, 'COE');
    const { createApiToken } = await api.ok(API_TOKEN, {}, person.token);
    // Both credentials are now cached for 60 s.
    expect((await api.ok(ME, {}, person.token)).me.email).toBe(person.email);
    expect((await api.ok(ME, {}, createApiToken.token)).me.email).toBe(
      person.email,
    );

    expect(
      (await api.ok(DISABLE, { user: person.userId }, admin.token)).disableUser,
    ).toEqual({ id: person.userId, disabled: true });
    expect(errorCode(await api.gql(ME, {}, person.token))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await api.gql(ME, {}, createApiToken.token))).toBe(
      'UNAUTHENTICATED',
    );
    const refused = await login(person.email);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'this account is disabled',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // A wrong password says nothing about the account.
    expect(
      (
        await api.gql(
          QUERIES.LOGIN,
          { email: person.email, password: 'wrong-password' },
          null,
        )
      ).errors?.[0].message,
    ).toBe('wrong e-mail or password');
    expect(
      (
        await api.ok(MEMBERS, { id: org.id }, admin.token)
      ).organizationMembers.find((m: any) => m.userId === person.userId)
        .disabled,
    ).toBe(true);

    // Enabled again: a new sign-in works, the API token works again, the old session stays ended.
    expect(
      (await api.ok(ENABLE, { user: person.userId }, admin.token)).enableUser,
    ).toEqual({ id: person.userId, disabled: false });
    expect((await login(person.email)).data?.login.token).toMatch(/^esms_/);
    expect((await api.ok(ME, {}, createApiToken.token)).me.email).toBe(
      person.email,
    );
    expect(errorCode(await api.gql(ME, {}, person.token))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets an organisation ADMIN disable only people all of whose organisations they administer', async () => {
    const elsewhere = await buildOrganization(api);
    const shared = await buildMember(api, org.id, 'VIEWER');
    await api.ok(QUERIES.ADD_MEMBERSHIP, {
      input: {
        organizationId: elsewhere.id,
        userId: shared.userId,
        role: 'VIEWER',
        departmentIds: [],
      },
    });
    const result = await api.gql(DISABLE, { user: shared.userId }, admin.token);
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.errors?.[0].message).toBe(
      'the person also belongs to an organisation you do not administer',
    );

    const outsider = await buildMember(api, elsewhere.id, 'VIEWER');
    expect(
      errorCode(await api.gql(DISABLE, { user: outsider.userId }, admin.token)),
    ).toBe('NOT_FOUND');
    const coe = await buildMember(api, org.id, 'COE');
    expect(
      errorCode(await api.gql(DISABLE, { user: shared.userId }, coe.token)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await api.gql(DISABLE, { user: admin.userId }, admin.token)),
    ).toBe('FORBIDDEN');
    // The instance administrator may disable anyone.
    expect(
      (await api.ok(DISABLE, { user: shared.userId })).disableUser.disabled,
    ).toBe(true);
  });

  it('ends every session of a person (ADMIN), leaving API tokens unless asked', async () => {
    const person = await buildMember(api, org.id, 'VIEWER');
    const second = (await login(person.email)).data?.login.token as string;
    const { createApiToken } = await api.ok(API_TOKEN, {}, person.token);
    expect((await api.ok(ME, {}, second)).me.email).toBe(person.email);

    expect(
      (await api.ok(END_SESSIONS, { user: person.userId }, admin.token))
        .endSessions,
    ).toBe(2);
    expect(errorCode(await api.gql(ME, {}, person.token))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await api.gql(ME, {}, second))).toBe('UNAUTHENTICATED');
    expect((await api.ok(ME, {}, createApiToken.token)).me.email).toBe(
      person.email,
    );

    expect(
      (
        await api.ok(
          END_SESSIONS,
          { user: person.userId, tokens: true },
          admin.token,
        )
      ).endSessions,
    ).toBe(1);
    expect(errorCode(await api.gql(ME, {}, createApiToken.token))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets a person end their own sessions, and nobody else’s', async () => {
    const person = await buildMember(api, org.id, 'VIEWER');
    const colleague = await buildMember(api, org.id, 'VIEWER');
    expect(
      errorCode(
        await api.gql(END_SESSIONS, { user: colleague.userId }, person.token),
      ),
    ).toBe('FORBIDDEN');
    expect((await api.ok(ME, {}, colleague.token)).me.email).toBe(
      colleague.email,
    );
    expect(
      (await api.ok(END_SESSIONS, { user: person.userId }, person.token))
        .endSessions,
    ).toBe(1);
    expect(errorCode(await api.gql(ME, {}, person.token))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
