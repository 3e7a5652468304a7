import type { ApolloClient } from '@apollo/client';
import {
  DepartmentDetailDocument,
  DepartmentMetricsDocument,
  ProgrammeOverviewPageDocument,
  type SessionStore,
  type StoredSession,
} from '@esm-planner/dashboard-data-access-graphql';
import { preloadPageQueries } from './preload-queries';

const SESSION: StoredSession = {
  token: 'token',
  expiresAt: '2099-01-01T00:00:00.000Z',
  user: {
    id: 'u1',
    name: 'Dana',
    email: 'dana@example.test',
    isInstanceAdmin: false,
  },
};

function buildContext(
  session: StoredSession | null,
  answer = Promise.resolve({}),
) {
  const query = jest.fn(() => answer);
  const sessionStore = { read: () => session } as unknown as SessionStore;
  return {
    query,
    context: { client: { query } as unknown as ApolloClient, sessionStore },
  };
}

describe(preloadPageQueries.name, () => {
  afterEach(() => jest.useRealTimers());

  it("asks a department and its metrics' opening view with the page's own variables", () => {
    // 10 March 2026 (local): the metrics section opens on the 26 weeks ending
    // that day, 26 × 7 − 1 = 181 days back: 10 September 2025.
    jest.useFakeTimers({ now: new Date(2026, 2, 10, 9, 30) });
    const { query, context } = buildContext(SESSION);
    void preloadPageQueries(context, '/organizations/o1/departments/d1');
    expect(query.mock.calls).toEqual([
      [
        {
          query: DepartmentDetailDocument,
          variables: { organizationId: 'o1', departmentId: 'd1' },
        },
      ],
      [
        {
          query: DepartmentMetricsDocument,
          variables: {
            organizationId: 'o1',
            departmentId: 'd1',
            from: '2025-09-10',
            to: '2026-03-10',
            grain: 'WEEK',
          },
        },
      ],
    ]);
  });

  it("asks the overview's page query for the organisation in the path", () => {
    const { query, context } = buildContext(SESSION);
    void preloadPageQueries(context, '/organizations/o1');
    expect(query.mock.calls).toEqual([
      [
        {
          query: ProgrammeOverviewPageDocument,
          variables: { organizationId: 'o1' },
        },
      ],
    ]);
  });

  it('passes ids as the page reads them: decoded from the path', () => {
    const { query, context } = buildContext(SESSION);
    void preloadPageQueries(context, '/organizations/a%20b/');
    expect(query.mock.calls).toEqual([
      [
        {
          query: ProgrammeOverviewPageDocument,
          variables: { organizationId: 'a b' },
        },
      ],
    ]);
  });

  it.each([
    '/',
    '/login',
    '/organizations/o1/departments',
    '/organizations/o1/departments/d1/rollout',
    '/organizations/o1/metrics',
  ])('asks nothing for %s: no preload there', (pathname) => {
    const { query, context } = buildContext(SESSION);
    void preloadPageQueries(context, pathname);
    expect(query).not.toHaveBeenCalled();
  });

  it('asks nothing when nobody is signed in', () => {
    const { query, context } = buildContext(null);
    void preloadPageQueries(context, '/organizations/o1/departments/d1');
    expect(query).not.toHaveBeenCalled();
  });

  it('drops a failed preload: the page reports the error when it asks', async () => {
    const failure = Promise.reject(new Error('network down'));
    const { context } = buildContext(SESSION, failure);
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    void preloadPageQueries(context, '/organizations/o1/departments/d1');
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('settles once every query asked has answered, so the first render can wait for it', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const pending = new Promise((resolve) => (answer = resolve));
    const { context } = buildContext(SESSION, pending as Promise<object>);
    let settled = false;
    void preloadPageQueries(context, '/organizations/o1').then(() => {
      settled = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    answer({});
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(true);
  });

  it('settles, not rejects, when a query fails', async () => {
    const { context } = buildContext(
      SESSION,
      Promise.reject(new Error('network down')),
    );
    await expect(
      preloadPageQueries(context, '/organizations/o1/departments/d1'),
    ).resolves.toBeUndefined();
  });

  it('settles at once where nothing is asked', async () => {
    const { context } = buildContext(SESSION);
    await expect(
      preloadPageQueries(context, '/organizations/o1/metrics'),
    ).resolves.toBeUndefined();
  });
});
