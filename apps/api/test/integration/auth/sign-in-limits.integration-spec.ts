import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { RateLimitsService } from '../../../src/modules/auth/rate-limits.service';
import {
  buildMember,
  buildOrganization,
  QUERIES,
} from '../../support/fixtures';
import {
  GraphQLResponse,
  startTestApi,
  TEST_PASSWORD,
  TestApi,
} from '../../support/test-api';

// The limits of docs/security.md "Sign-in and tokens".
const ACCOUNT_LIMIT = 10;
const ADDRESS_LIMIT = 50;
const TOKEN_FAILURE_LIMIT = 100;
const ME = '{ me { email } }';
const WRONG = 'wrong e-mail or password';
const TOO_MANY = /^too many failed sign-ins: try again in \d+ minutes?$/;

/** POST /graphql as a client at `address` (believed only with TRUST_PROXY). */
async function gqlFrom(
  api: TestApi,
  address: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = null,
): Promise<GraphQLResponse> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(address ? { 'x-forwarded-for': address } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

const login = (
  api: TestApi,
  address: string | null,
  email: string,
  password: string,
) => gqlFrom(api, address, QUERIES.LOGIN, { email, password });

// Documentation addresses (RFC 5737), a fresh one per call so tests never share a counter.
let nextAddress = 1;
const freshAddress = () =>
  `198.51.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;
const unknownEmail = () => `nobody-${randomUUID()}@example.test`;

describe('sign-in limits shared through PostgreSQL', () => {
  let api: TestApi;
  let other: TestApi;
  let db: Client;
  let organizationId: string;

  beforeAll(async () => {
    api = await startTestApi({ TRUST_PROXY: 'true' });
    other = await startTestApi({ TRUST_PROXY: 'true' });
    organizationId = (await buildOrganization(api)).id;
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await other.close();
    await api.close();
  });

  it('counts an attempt before the password is hashed: of 20 parallel wrong passwords, at most 10 are checked', async () => {
    const member = await buildMember(api, organizationId, 'VIEWER');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        login(api, freshAddress(), member.email, `parallel-guess-${i}`),
      ),
    );
    const messages = results.map((result) => result.errors?.[0].message);
    const checked = messages.filter((message) => message === WRONG).length;
    const refused = results.filter((result) =>
      TOO_MANY.test(result.errors?.[0].message ?? ''),
    );
    expect(checked).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(checked + refused.length).toBe(20);
    for (const result of refused) {
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        retryAfterSeconds: expect.any(Number),
      });
      expect(result.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(
        14 * 60,
      );
    }
    // The right password is refused too until the window ends; the session already open keeps working.
    expect(
      (await login(api, freshAddress(), member.email, TEST_PASSWORD))
        .errors?.[0].message,
    ).toMatch(TOO_MANY);
    expect((await api.ok(ME, {}, member.token)).me.email).toBe(member.email);
  });

  it('limits an account whatever address the guesses come from', async () => {
    const member = await buildMember(api, organizationId, 'VIEWER');
    for (let i = 0; i < ACCOUNT_LIMIT; i += 1) {
      expect(
        (await login(api, freshAddress(), member.email, `guess-${i}-xxxx`))
          .errors?.[0].message,
      ).toBe(WRONG);
    }
    const address = freshAddress();
    expect(
      (await login(api, address, member.email, TEST_PASSWORD)).errors?.[0]
        .message,
    ).toMatch(TOO_MANY);
    // The address itself is not blocked: another account signs in from it.
    const colleague = await buildMember(api, organizationId, 'VIEWER');
    expect(
      (await login(api, address, colleague.email, TEST_PASSWORD)).data?.login
        .token,
    ).toMatch(/^esms_/);
  });

  it('limits an address whatever accounts it tries, and not the accounts from elsewhere', async () => {
    const member = await buildMember(api, organizationId, 'VIEWER');
    const address = freshAddress();
    for (let i = 0; i < ADDRESS_LIMIT; i += 1) {
      expect(
        (await login(api, address, unknownEmail(), 'spray-password'))
          .errors?.[0].message,
      ).toBe(WRONG);
    }
    expect(
      (await login(api, address, member.email, TEST_PASSWORD)).errors?.[0]
        .message,
    ).toMatch(TOO_MANY);
    expect(
      (await login(api, freshAddress(), member.email, TEST_PASSWORD)).data
        ?.login.token,
    ).toMatch(/^esms_/);
  });

  it('does not count successful sign-ins against an address', async () => {
    const member = await buildMember(api, organizationId, 'VIEWER');
    const address = freshAddress();
    for (let i = 0; i < ADDRESS_LIMIT + 5; i += 1) {
      expect(
        (await login(api, address, member.email, TEST_PASSWORD)).data?.login
          .token,
      ).toMatch(/^esms_/);
    }
  });

  it('shares the counters between two API processes on one database', async () => {
    const member = await buildMember(api, organizationId, 'VIEWER');
    for (let i = 0; i < ACCOUNT_LIMIT; i += 1) {
      const replica = i % 2 === 0 ? api : other;
      expect(
        (await login(replica, freshAddress(), member.email, `guess-${i}-xxxx`))
          .errors?.[0].message,
      ).toBe(WRONG);
    }
    // Each process saw only 5 failures; together they are 10.
    expect(
      (await login(other, freshAddress(), member.email, TEST_PASSWORD))
        .errors?.[0].message,
    ).toMatch(TOO_MANY);
    expect(
      (await login(api, freshAddress(), member.email, TEST_PASSWORD))
        .errors?.[0].message,
    ).toMatch(TOO_MANY);
  });

  it('keeps every counter with an expiry no later than its window, so rows do not pile up', async () => {
    await login(api, freshAddress(), unknownEmail(), 'one-wrong-password');
    const rows: { key: string; expire: string | null }[] = await db
      .query('SELECT key, expire FROM rate_limit')
      .then((r) => r.rows);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.expire).not.toBeNull();
      expect(Number(row.expire)).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
    }
    // Nothing stored names the account in clear.
    expect(rows.some((row) => row.key.includes('@'))).toBe(false);

    // The sweep deletes what has expired, and only that.
    await db.query(
      `INSERT INTO rate_limit (key, points, expire) VALUES ('sign-in-address:192.0.2.1', 3, $1)`,
      [Date.now() - 1],
    );
    expect(
      await api.running.app.get(RateLimitsService).deleteExpired(),
    ).toBeGreaterThanOrEqual(1);
    const left: { key: string }[] = await db
      .query('SELECT key FROM rate_limit')
      .then((r) => r.rows);
    expect(left.map((row) => row.key)).not.toContain(
      'sign-in-address:192.0.2.1',
    );
    expect(left.length).toBe(rows.length);
  });

  it('looks a token up once per request, however many root fields ask (and counts a bad one once)', async () => {
    const member = await buildMember(api, organizationId, 'VIEWER');
    const three = `{ a: me { email } b: me { email } organizations { id } }`;
    const address = freshAddress();
    expect(await gqlFrom(api, address, three, {}, member.token)).toMatchObject({
      data: { a: { email: member.email }, b: { email: member.email } },
    });
    const refused = await gqlFrom(api, address, three, {}, 'esmp_not-a-token');
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const { rows } = await db.query(
      'SELECT points FROM rate_limit WHERE key = $1',
      [`failed-token:${address}`],
    );
    expect(rows).toEqual([{ points: 1 }]);
  });

  it(`refuses bearer tokens from an address after ${TOKEN_FAILURE_LIMIT} failed ones, with a retry-after`, async () => {
    const member = await buildMember(api, organizationId, 'VIEWER');
    const address = freshAddress();
    for (let i = 0; i < TOKEN_FAILURE_LIMIT; i += 1) {
      const result = await gqlFrom(api, address, ME, {}, `esmp_guess-${i}`);
      expect(result.errors?.[0].message).toBe(
        'a valid session or API token is required',
      );
    }
    const refused = await gqlFrom(api, address, ME, {}, member.token);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^too many failed token uses from this address: try again in \d+ minutes?$/,
      ),
      extensions: {
        code: 'UNAUTHENTICATED',
        retryAfterSeconds: expect.any(Number),
      },
    });
    // Another address is not affected, and neither is the other process for a new address.
    expect(
      (await gqlFrom(api, freshAddress(), ME, {}, member.token)).data?.me.email,
    ).toBe(member.email);
    // The other process learns of the block from the shared counter at its next failure.
    expect(
      (await gqlFrom(other, address, ME, {}, 'esmp_one-more-guess')).errors?.[0]
        .message,
    ).toMatch(/^too many failed token uses/);
    expect(
      (await gqlFrom(other, address, ME, {}, member.token)).errors?.[0].message,
    ).toMatch(/^too many failed token uses/);
  });
});

describe('TRUST_PROXY', () => {
  let db: Client;
  // The loopback address is every raw request's in this run: start and end with its counters clear.
  const clearLoopback = () =>
    db.query(
      `DELETE FROM rate_limit WHERE key LIKE 'sign-in-address:%' AND key NOT LIKE '%198.51.%'`,
    );
  beforeAll(async () => {
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
    await clearLoopback();
  });
  afterAll(() => db.end());

  it('off (the default): X-Forwarded-For is ignored, every attempt counts for the connecting address', async () => {
    const api = await startTestApi({ TRUST_PROXY: 'false' });
    try {
      const organizationId = (await buildOrganization(api)).id;
      const member = await buildMember(api, organizationId, 'VIEWER');
      for (let i = 0; i < ADDRESS_LIMIT; i += 1) {
        expect(
          (await login(api, freshAddress(), unknownEmail(), 'spray-password'))
            .errors?.[0].message,
        ).toBe(WRONG);
      }
      // A forged header does not buy a fresh counter.
      expect(
        (await login(api, freshAddress(), member.email, TEST_PASSWORD))
          .errors?.[0].message,
      ).toMatch(TOO_MANY);
    } finally {
      await api.close();
      await clearLoopback();
    }
  });

  it('on: the client address is taken from X-Forwarded-For', async () => {
    const api = await startTestApi({ TRUST_PROXY: 'true' });
    try {
      const organizationId = (await buildOrganization(api)).id;
      const member = await buildMember(api, organizationId, 'VIEWER');
      for (let i = 0; i < ADDRESS_LIMIT; i += 1) {
        expect(
          (await login(api, freshAddress(), unknownEmail(), 'spray-password'))
            .errors?.[0].message,
        ).toBe(WRONG);
      }
      expect(
        (await login(api, freshAddress(), member.email, TEST_PASSWORD)).data
          ?.login.token,
      ).toMatch(/^esms_/);
    } finally {
      await api.close();
    }
  });

  it('is validated at start: an unknown value is refused with the variable named', async () => {
    await expect(startTestApi({ TRUST_PROXY: 'sometimes' })).rejects.toThrow(
      /TRUST_PROXY/,
    );
  });
});
