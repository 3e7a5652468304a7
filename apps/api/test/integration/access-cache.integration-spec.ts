import { DataSource } from 'typeorm';
import { Clock } from '../../src/common/clock';
import {
  buildMember,
  buildOrganization,
  OrganizationFixture,
  QUERIES,
} from '../support/fixtures';
import { errorCode, startTestApi, TestApi } from '../support/test-api';

// The API caches who a token is and what a person may do for
// AUTH_CACHE_TTL_SECONDS (docs/access.md). Changes made through this API
// apply at once; changes it cannot see (another replica, SQL) within the TTL.
const ME = '{ me { email } }';
const DEPARTMENT = 'query($id: ID!) { department(id: $id) { id } }';
const CREATE_DEPARTMENT = (organizationId: string, name: string) => ({
  input: { organizationId, name, kind: 'OTHER' },
});

/** Moves this API's clock (the caches' only notion of time) forward, without sleeping. */
function advanceClock(api: TestApi, ms: number): void {
  const clock = api.running.app.get(Clock);
  const now = clock.now();
  jest.spyOn(clock, 'now').mockReturnValue(now + ms);
}

describe('auth caches: changes through this replica apply at once', () => {
  let api: TestApi;
  let org: OrganizationFixture;

  beforeAll(async () => {
    api = await startTestApi({ AUTH_CACHE_TTL_SECONDS: '60' });
    org = await buildOrganization(api);
  });
  afterAll(() => api.close());

  it('refuses a logged-out session on the next request', async () => {
    const member = await buildMember(api, org.id, 'VIEWER');
    await api.ok(ME, {}, member.token);
    await api.ok(ME, {}, member.token); // now served from the cache
    expect((await api.ok('mutation { logout }', {}, member.token)).logout).toBe(
      true,
    );
    expect(errorCode(await api.gql(ME, {}, member.token))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a revoked API token on the next request', async () => {
    const member = await buildMember(api, org.id, 'COE');
    const { createApiToken } = await api.ok(
      'mutation { createApiToken(name: "script") { id token } }',
      {},
      member.token,
    );
    await api.ok(ME, {}, createApiToken.token);
    await api.ok(ME, {}, createApiToken.token);
    await api.ok(
      'mutation($id: ID!) { revokeApiToken(id: $id) }',
      { id: createApiToken.id },
      member.token,
    );
    expect(errorCode(await api.gql(ME, {}, createApiToken.token))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('applies a changed role on the next request', async () => {
    const member = await buildMember(api, org.id, 'VIEWER');
    const attempt = () =>
      api.gql(
        QUERIES.CREATE_DEPARTMENT,
        CREATE_DEPARTMENT(org.id, `D ${Math.random()}`),
        member.token,
      );
    expect(errorCode(await attempt())).toBe('FORBIDDEN');
    await api.ok(QUERIES.ADD_MEMBERSHIP, {
      input: { organizationId: org.id, userId: member.userId, role: 'COE' },
    });
    expect(errorCode(await attempt()) ?? 'ok').toBe('ok');
    await api.ok(QUERIES.ADD_MEMBERSHIP, {
      input: { organizationId: org.id, userId: member.userId, role: 'VIEWER' },
    });
    expect(errorCode(await attempt())).toBe('FORBIDDEN');
  });

  it('applies a department head’s changed departments on the next request', async () => {
    const head = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.hr,
    ]);
    expect(
      errorCode(
        await api.gql(DEPARTMENT, { id: org.departments.it }, head.token),
      ),
    ).toBe('FORBIDDEN');
    const input = {
      organizationId: org.id,
      userId: head.userId,
      role: 'DEPARTMENT_HEAD',
      departmentIds: [org.departments.hr, org.departments.it],
    };
    await api.ok(QUERIES.ADD_MEMBERSHIP, { input });
    expect(
      errorCode(
        await api.gql(DEPARTMENT, { id: org.departments.it }, head.token),
      ) ?? 'ok',
    ).toBe('ok');
  });
});

describe('auth caches: changes this replica cannot see apply within the TTL', () => {
  let api: TestApi;
  let org: OrganizationFixture;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApi({ AUTH_CACHE_TTL_SECONDS: '5' });
    org = await buildOrganization(api);
    db = await new DataSource({
      type: 'postgres',
      url: process.env.TEST_DATABASE_URL,
    }).initialize();
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await db.destroy();
    await api.close();
  });

  it('still accepts a session ended elsewhere until the TTL has passed, then refuses it', async () => {
    const member = await buildMember(api, org.id, 'VIEWER');
    await api.ok(ME, {}, member.token);
    await db.query('DELETE FROM user_session WHERE user_id = $1', [
      member.userId,
    ]); // another replica's logout
    expect((await api.ok(ME, {}, member.token)).me.email).toBe(member.email);
    advanceClock(api, 5_000);
    expect(errorCode(await api.gql(ME, {}, member.token))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('reloads a role changed elsewhere once the TTL has passed', async () => {
    const member = await buildMember(api, org.id, 'ADMIN');
    const create = () =>
      api.gql(
        QUERIES.CREATE_DEPARTMENT,
        CREATE_DEPARTMENT(org.id, `D ${Math.random()}`),
        member.token,
      );
    expect(errorCode(await create()) ?? 'ok').toBe('ok');
    await db.query(`UPDATE membership SET role = 'VIEWER' WHERE user_id = $1`, [
      member.userId,
    ]);
    expect(errorCode(await create()) ?? 'ok').toBe('ok');
    advanceClock(api, 5_000);
    expect(errorCode(await create())).toBe('FORBIDDEN');
  });
});

describe('auth caches: an expired session is never served from the cache', () => {
  let api: TestApi;
  afterAll(() => api.close());

  it('refuses a session at its expiry even when the cache would keep it longer', async () => {
    api = await startTestApi({
      SESSION_TTL_HOURS: String(60 / 3600),
      AUTH_CACHE_TTL_SECONDS: '60',
    });
    const org = await buildOrganization(api);
    const member = await buildMember(api, org.id, 'VIEWER');
    await api.ok(ME, {}, member.token);
    advanceClock(api, 59_000);
    expect((await api.ok(ME, {}, member.token)).me.email).toBe(member.email);
    advanceClock(api, 61_000);
    expect(errorCode(await api.gql(ME, {}, member.token))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
