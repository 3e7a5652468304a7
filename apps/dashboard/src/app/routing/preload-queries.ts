import type { ApolloClient, OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { LoaderFunctionArgs } from 'react-router';
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

/** What a page's preload needs: the client to ask and whether anyone is signed in. */
export type PreloadContext = {
  client: ApolloClient;
  sessionStore: SessionStore;
};

type Params = LoaderFunctionArgs['params'];

/**
 * A route loader that starts the page's first queries while its code is
 * still downloading (the router runs a route's loader and its `lazy` import
 * side by side). It returns at once: the page's own `useQuery` joins the
 * request in flight (Apollo deduplicates identical queries) or reads the
 * cache, and reports any error itself, so a failed preload is dropped here.
 * Nobody signed in: nothing is asked (the page sends them to log in).
 */
function preloader(
  { client, sessionStore }: PreloadContext,
  startQueries: (ask: Ask, params: Params) => void,
) {
  const ask: Ask = (query, variables) => {
    client
      .query({ query, variables } as ApolloClient.QueryOptions)
      .catch(() => undefined);
  };
  return ({ params }: LoaderFunctionArgs) => {
    if (sessionStore.read()) startQueries(ask, params);
    return null;
  };
}

type Ask = <TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) => void;

/** The organisation overview: its one page query (the timeline chart's data). */
export function preloadOverview(context: PreloadContext) {
  return preloader(context, (ask, { organizationId = '' }) => {
    ask(ProgrammeOverviewPageDocument, { organizationId });
  });
}

/**
 * A department page: the department and the metrics section's opening view
 * (the last 26 weeks per week), with the variables the page asks with. Not
 * its readiness and baseline: their sections ask `cache-and-network`, so a
 * preload that had already landed would be asked for a second time.
 */
export function preloadDepartment(context: PreloadContext) {
  return preloader(
    context,
    (ask, { organizationId = '', departmentId = '' }) => {
      ask(DepartmentDetailDocument, { organizationId, departmentId });
      ask(DepartmentMetricsDocument, {
        organizationId,
        departmentId,
        ...defaultRange(localIsoDay(new Date())),
        grain: 'WEEK',
      });
    },
  );
}
