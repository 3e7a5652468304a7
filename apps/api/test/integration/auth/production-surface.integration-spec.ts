import { startTestApi, TestApi } from '../../support/test-api';

const INTROSPECTION = '{ __schema { queryType { name } } }';

async function landingPage(
  api: TestApi,
): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(`${api.url}/graphql`, {
    headers: { accept: 'text/html' },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
}

describe('what the GraphQL endpoint shows about itself', () => {
  it('in development and tests: introspection and the landing page are on', async () => {
    const api = await startTestApi({ NODE_ENV: 'test' });
    try {
      expect((await api.ok(INTROSPECTION)).__schema.queryType.name).toBe(
        'Query',
      );
      const page = await landingPage(api);
      expect(page.status).toBe(200);
      expect(page.type).toMatch(/^text\/html/);
      expect(page.body).toContain('Apollo');
    } finally {
      await api.close();
    }
  });

  it('with NODE_ENV=production: introspection is refused and there is no landing page', async () => {
    const api = await startTestApi({ NODE_ENV: 'production' });
    try {
      const refused = await api.gql(INTROSPECTION);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/introspection is not allowed/i),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      // A client's own __typename still works.
      expect(await api.ok('{ __typename }')).toEqual({ __typename: 'Query' });
      const page = await landingPage(api);
      expect(page.type).not.toMatch(/^text\/html/);
      expect(page.body).not.toContain('Apollo');
    } finally {
      await api.close();
    }
  });
});
