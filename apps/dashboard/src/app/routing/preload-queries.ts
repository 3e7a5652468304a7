import type { ApolloClient, OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { matchRoutes } from 'react-router';
import {
  DepartmentDetailDocument,
  DepartmentMetricsDocument,
  ProgrammeOverviewPageDocument,
  type SessionStore,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  defaultRange,
  localIsoDay,
} from '../../features/metrics/metrics-range';
import { FIRST_PAGE_PATTERNS } from './first-pages';

/** What a page's preload needs: the client to ask and whether anyone is signed in. */
export type PreloadContext = {
  client: ApolloClient;
  sessionStore: SessionStore;
};

type Ask = <TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) => void;

type Params = Partial<Record<string, string>>;

/** A page opened first, by its path in router.tsx, and the queries it asks first. */
type Preload = {
  pattern: string;
  startQueries: (ask: Ask, params: Params) => void;
};

const PRELOADS: Preload[] = [
  // The organisation overview: its one page query (the timeline chart's data).
  {
    pattern: FIRST_PAGE_PATTERNS.overview,
    startQueries: (ask, { organizationId = '' }) => {
      ask(ProgrammeOverviewPageDocument, { organizationId });
    },
  },
  // A department page: the department and the metrics section's opening view
  // (the last 26 weeks per week), with the variables the page asks with. Not
  // its readiness and baseline: their sections ask `cache-and-network`, so a
  // preload that had already landed would be asked for a second time.
  {
    pattern: FIRST_PAGE_PATTERNS.department,
    startQueries: (ask, { organizationId = '', departmentId = '' }) => {
      ask(DepartmentDetailDocument, { organizationId, departmentId });
      ask(DepartmentMetricsDocument, {
        organizationId,
        departmentId,
        ...defaultRange(localIsoDay(new Date())),
        grain: 'WEEK',
      });
    },
  },
];

/**
 * Starts the first queries of the page at `pathname`. main.tsx calls it
 * before React's first render, so they travel while the page's code
 * downloads, and again on each navigation, as the data router's route
 * loaders did (decision 0032). The page's own `useQuery` joins the request
 * in flight (Apollo deduplicates identical queries) or reads the cache, and
 * reports any error itself, so a failed preload is dropped here. Nobody
 * signed in: nothing is asked (the page sends them to log in).
 *
 * The promise settles once every query asked has answered or failed (at
 * once when none was): main.tsx waits for it, capped, so that the first
 * page renders once, with its data (decision 0035).
 */
export function preloadPageQueries(
  { client, sessionStore }: PreloadContext,
  pathname: string,
): Promise<void> {
  if (!sessionStore.read()) return Promise.resolve();
  const answers: Promise<unknown>[] = [];
  const ask: Ask = (query, variables) => {
    answers.push(
      client
        .query({ query, variables } as ApolloClient.QueryOptions)
        .catch(() => undefined),
    );
  };
  for (const { pattern, startQueries } of PRELOADS) {
    // matchRoutes, not matchPath: it decodes the ids as the router does for
    // the page's useParams, so the preload's variables equal the page's.
    const [match] = matchRoutes([{ path: pattern }], pathname) ?? [];
    if (match) startQueries(ask, match.params);
  }
  return Promise.all(answers).then(() => undefined);
}
