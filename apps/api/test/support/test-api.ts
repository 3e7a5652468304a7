import { randomInt, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/env.schema';
import { bootstrap, RunningApi } from '../../src/main';

export const TEST_ADMIN_TOKEN = `test-admin-token-${randomUUID()}`;
export const TEST_PASSWORD = 'integration-password-1';
// Shared by the API and a stand-alone worker in the same test run.
export const TEST_IMPORT_STORAGE_DIR = join(
  tmpdir(),
  'esm-planner-test-imports',
);

export type GraphQLResponse<T = any> = {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: Record<string, any>;
  }[];
};

export type TestApi = {
  url: string;
  running: RunningApi;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  ok<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<T>;
  close(): Promise<void>;
};

/** The real API on a random port, on the run's own database (TEST_DATABASE_URL); `undefined` unsets a variable. */
export async function startTestApi(
  env: Record<string, string | undefined> = {},
  options: Parameters<typeof bootstrap>[1] = {},
): Promise<TestApi> {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl)
    throw new Error(
      'TEST_DATABASE_URL is not set: run through jest.integration.config.cjs',
    );
  const running = await bootstrap(
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      SEED_DEMO: 'false',
      IMPORT_STORAGE_DIR: TEST_IMPORT_STORAGE_DIR,
      // The test is the proxy: `gql` names a client address of this API's own,
      // so one test file's failed sign-ins never count against another's
      // (the limits are shared through the run's database, docs/security.md).
      TRUST_PROXY: 'loopback',
      // The API, its import worker and the test share one event loop here: on a
      // loaded CI machine a big file's parse can hold it past the 5-second
      // default, and a poll waiting for a pool connection then fails with an
      // internal error that says nothing about the code under test.
      DATABASE_CONNECT_TIMEOUT_MS: '30000',
      // Set low to run any spec's request imports through the early start (decision 0031).
      IMPORT_EARLY_START_BYTES: process.env.TEST_IMPORT_EARLY_START_BYTES,
      ...env,
    }),
    options,
  );
  const clientAddress = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  // The tests' fetch() keeps connections alive between calls. A test that
  // computes for a while between two calls (a big generated file, a busy
  // machine) blocks this process's event loop past Node's 5-second
  // keep-alive timeout; the server's timer then closes the very socket the
  // next call has just written to, and that call fails with ECONNRESET.
  running.app.getHttpServer().keepAliveTimeout = 120_000;
  const gql = async (
    query: string,
    variables: Record<string, unknown> = {},
    token: string | null = TEST_ADMIN_TOKEN,
  ) => {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': clientAddress,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  return {
    url: running.url,
    running,
    gql,
    async ok(query, variables, token) {
      const result = await gql(query, variables, token);
      if (result.errors?.length)
        throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    close: () => running.app.close(),
  };
}

/** The `extensions.code` of the first error, for assertions. */
export function errorCode(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
