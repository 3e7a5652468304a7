import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { buildMember, buildOrganization, QUERIES } from '../support/fixtures';
import {
  errorCode,
  startTestApi,
  TEST_PASSWORD,
  TestApi,
} from '../support/test-api';

const ME = '{ me { id email isInstanceAdmin } }';

describe('authentication', () => {
  let api: TestApi;
  let organizationId: string;

  beforeAll(async () => {
    api = await startTestApi();
    organizationId = (await buildOrganization(api)).id;
  });
  afterAll(() => api.close());

  it.each([
    ['me', ME],
    ['organizations', '{ organizations { id } }'],
    [
      'departments',
      '{ departments(organizationId: "00000000-0000-4000-8000-000000000000") { id } }',
    ],
    [
      'createOrganization',
      'mutation { createOrganization(input: { name: "X" }) { id } }',
    ],
  ])('refuses %s without a token: UNAUTHENTICATED', async (_name, query) => {
    const result = await api.gql(query, {}, null);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it.each([
    'esms_not-a-real-session',
    'esmp_not-a-real-token',
    'garbage',
    'test-admin-token-wrong',
  ])('refuses the wrong token %s: UNAUTHENTICATED', async (token) => {
    expect(errorCode(await api.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('lets GET /health through without a token', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('treats the ADMIN_TOKEN bearer as the instance administrator', async () => {
    const { me } = await api.ok(ME);
    expect(me).toMatchObject({ isInstanceAdmin: true });
  });

  it('logs in with e-mail (any case) and password, and logs out', async () => {
    const member = await buildMember(api, organizationId, 'VIEWER');
    const { login } = await api.ok(
      QUERIES.LOGIN,
      { email: member.email.toUpperCase(), password: TEST_PASSWORD },
      null,
    );
    expect(new Date(login.expiresAt).getTime()).toBeGreaterThan(
      Date.now() + 11 * 3_600_000,
    );
    expect((await api.ok(ME, {}, login.token)).me.email).toBe(member.email);

    expect((await api.ok('mutation { logout }', {}, login.token)).logout).toBe(
      true,
    );
    expect(errorCode(await api.gql(ME, {}, login.token))).toBe(
      'UNAUTHENTICATED',
    );
    // Another session of the same person is untouched.
    expect((await api.ok(ME, {}, member.token)).me.email).toBe(member.email);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const member = await buildMember(api, organizationId, 'VIEWER');
    const wrongPassword = await api.gql(
      QUERIES.LOGIN,
      { email: member.email, password: 'wrong-password!' },
      null,
    );
    const unknownEmail = await api.gql(
      QUERIES.LOGIN,
      { email: 'nobody@example.test', password: 'wrong-password!' },
      null,
    );
    expect(wrongPassword.errors?.[0]).toMatchObject({
      message: 'wrong e-mail or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknownEmail.errors?.[0].message).toBe(
      wrongPassword.errors?.[0].message,
    );
  });

  it('issues API tokens shown once, stored hashed, usable and revocable', async () => {
    const member = await buildMember(api, organizationId, 'COE');
    const { createApiToken } = await api.ok(
      'mutation { createApiToken(name: " ci script ") { id name token } }',
      {},
      member.token,
    );
    expect(createApiToken).toMatchObject({
      name: 'ci script',
      token: expect.stringMatching(/^esmp_/),
    });

    expect((await api.ok(ME, {}, createApiToken.token)).me.email).toBe(
      member.email,
    );
    const { apiTokens } = await api.ok(
      '{ apiTokens { id name lastUsedAt } }',
      {},
      member.token,
    );
    expect(apiTokens).toEqual([
      {
        id: createApiToken.id,
        name: 'ci script',
        lastUsedAt: expect.any(String),
      },
    ]);

    const dataSource = new DataSource({
      type: 'postgres',
      url: process.env.TEST_DATABASE_URL,
    });
    await dataSource.initialize();
    const [row] = await dataSource.query(
      'SELECT token_hash FROM api_token WHERE id = $1',
      [createApiToken.id],
    );
    await dataSource.destroy();
    expect(row.token_hash).toBe(
      createHash('sha256').update(createApiToken.token).digest('hex'),
    );

    expect(
      (
        await api.ok(
          'mutation($id: ID!) { revokeApiToken(id: $id) }',
          { id: createApiToken.id },
          member.token,
        )
      ).revokeApiToken,
    ).toBe(true);
    expect(errorCode(await api.gql(ME, {}, createApiToken.token))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('does not let one person revoke another’s token', async () => {
    const owner = await buildMember(api, organizationId, 'COE');
    const other = await buildMember(api, organizationId, 'ADMIN');
    const { createApiToken } = await api.ok(
      'mutation { createApiToken(name: "mine") { id token } }',
      {},
      owner.token,
    );
    const result = await api.gql(
      'mutation($id: ID!) { revokeApiToken(id: $id) }',
      { id: createApiToken.id },
      other.token,
    );
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect((await api.ok(ME, {}, createApiToken.token)).me.email).toBe(
      owner.email,
    );
  });

  it('validates a new account field by field, and refuses a second account for an e-mail', async () => {
    const bad = await api.gql(QUERIES.CREATE_USER, {
      input: { email: 'not-an-email', name: ' ', password: 'short' },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(
      bad.errors?.[0].extensions?.fields.map((f: { field: string }) => f.field),
    ).toEqual(['email', 'name', 'password']);

    const member = await buildMember(api, organizationId, 'VIEWER');
    const twin = await api.gql(QUERIES.CREATE_USER, {
      input: {
        email: member.email.toUpperCase(),
        name: 'Twin',
        password: TEST_PASSWORD,
      },
    });
    expect(errorCode(twin)).toBe('CONFLICT');
  });
});

describe('session expiry', () => {
  let api: TestApi;
  afterAll(() => api.close());

  it('stops accepting a session once it has expired', async () => {
    api = await startTestApi({ SESSION_TTL_HOURS: String(1.5 / 3600) });
    const organizationId = (await buildOrganization(api)).id;
    const member = await buildMember(api, organizationId, 'VIEWER');
    expect((await api.ok(ME, {}, member.token)).me.email).toBe(member.email);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(errorCode(await api.gql(ME, {}, member.token))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('abuse limits', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('stops password guessing on an account after 10 failures, even with the right password', async () => {
    const organizationId = (await buildOrganization(api)).id;
    const member = await buildMember(api, organizationId, 'VIEWER');
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const result = await api.gql(
        QUERIES.LOGIN,
        { email: member.email, password: `guess-${attempt}-xxxx` },
        null,
      );
      expect(result.errors?.[0].message).toBe('wrong e-mail or password');
    }
    const blocked = await api.gql(
      QUERIES.LOGIN,
      { email: member.email, password: TEST_PASSWORD },
      null,
    );
    expect(blocked.errors?.[0]).toMatchObject({
      message: 'too many failed sign-ins: try again in 15 minutes',
      extensions: {
        code: 'UNAUTHENTICATED',
        retryAfterSeconds: expect.any(Number),
      },
    });
    // The session the person already has keeps working.
    expect((await api.ok(ME, {}, member.token)).me.email).toBe(member.email);
  });

  it('refuses a query nested deeper than 10 levels', async () => {
    // organizations → (departments → organization) × 5 → id: 12 levels.
    const fields = [
      'organizations',
      ...Array(5).fill(['departments', 'organization']).flat(),
      'id',
    ];
    const deep = fields.reduceRight(
      (inner, field) => (inner ? `${field} { ${inner} }` : field),
      '',
    );
    const result = await api.gql(`{ ${deep} }`);
    expect(result.errors?.[0]).toMatchObject({
      message: 'the query is 12 levels deep; at most 10 are allowed',
    });
  });
});
