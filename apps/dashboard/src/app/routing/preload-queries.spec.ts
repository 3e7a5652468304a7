import type { ApolloClient } from '@apollo/client';
import type { LoaderFunctionArgs } from 'react-router';
import {
  DepartmentDetailDocument,
  DepartmentMetricsDocument,
  ProgrammeOverviewPageDocument,
  type SessionStore,
  type StoredSession,
} from '@esm-planner/dashboard-data-access-graphql';
import { preloadDepartment, preloadOverview } from './preload-queries';

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

const argsFor = (params: Record<string, string>) =>
  ({ params }) as unknown as LoaderFunctionArgs;

describe(preloadDepartment.name, () => {
  afterEach(() => jest.useRealTimers());

  it("asks the department and its metrics' opening view with the page's own variables", () => {
    // 10 March 2026 (local): the metrics section opens on the 26 weeks ending
    // that day, 26 × 7 − 1 = 181 days back: 10 September 2025.
    jest.useFakeTimers({ now: new Date(2026, 2, 10, 9, 30) });
    const { query, context } = buildContext(SESSION);
    const result = preloadDepartment(context)(
      argsFor({ organizationId: 'o1', departmentId: 'd1' }),
    );
    expect(result).toBeNull();
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

  it('asks nothing when nobody is signed in', () => {
    const { query, context } = buildContext(null);
    preloadDepartment(context)(
      argsFor({ organizationId: 'o1', departmentId: 'd1' }),
    );
    expect(query).not.toHaveBeenCalled();
  });

  it('drops a failed preload: the page reports the error when it asks', async () => {
    const failure = Promise.reject(new Error('network down'));
    const { context } = buildContext(SESSION, failure);
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    preloadDepartment(context)(
      argsFor({ organizationId: 'o1', departmentId: 'd1' }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

describe(preloadOverview.name, () => {
  it("asks the overview's page query for the organisation in the path", () => {
    const { query, context } = buildContext(SESSION);
    preloadOverview(context)(argsFor({ organizationId: 'o1' }));
    expect(query.mock.calls).toEqual([
      [
        {
          query: ProgrammeOverviewPageDocument,
          variables: { organizationId: 'o1' },
        },
      ],
    ]);
  });
});
