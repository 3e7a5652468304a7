import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import {
  matchRoutes,
  type RouteObject,
  useLocation,
  useRoutes,
} from 'react-router';
import { LoadingState } from '@esm-planner/dashboard-ui';
import { AppLayout } from '../layout/AppLayout';
import { HomeRedirect } from './HomeRedirect';
import { lazyPage } from './lazy-page';
import { ORGANIZATION_PAGE_ROUTES } from './organization-page-routes';
import { RequireSession } from './RequireSession';
import { RouteErrorPage } from './RouteErrorPage';

// react-router's declarative mode (decision 0032): the route table stays
// data, rendered by `useRoutes`; pages load on demand (lazy-page.ts). The
// pages opened first (the organisation overview, a department) get their
// queries from main.tsx before React's first render (preload-queries.ts).
export const APP_ROUTES: RouteObject[] = [
  {
    path: '/login',
    Component: lazyPage(
      () => import('../../features/auth/LoginPage'),
      'LoginPage',
    ),
  },
  {
    path: '/setup',
    Component: lazyPage(
      () => import('../../features/setup/SetupPage'),
      'SetupPage',
    ),
  },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: 'organizations/:organizationId',
        Component: lazyPage(
          () => import('../../features/overview/ProgrammeOverviewPage'),
          'ProgrammeOverviewPage',
        ),
      },
      ...ORGANIZATION_PAGE_ROUTES,
      {
        path: 'organizations/:organizationId/departments/:departmentId',
        Component: lazyPage(
          () => import('../../features/departments/DepartmentPage'),
          'DepartmentPage',
        ),
      },
    ],
  },
  {
    path: '*',
    Component: lazyPage(() => import('./NotFoundPage'), 'NotFoundPage'),
  },
];

/**
 * Starts downloading the code of the page at `pathname` (and of the routes
 * around it) before React renders it: main.tsx calls it before the first
 * render, as the data router started a route's `lazy` on creation.
 */
export function preloadPageCode(pathname: string): Promise<void> {
  const downloads = (matchRoutes(APP_ROUTES, pathname) ?? []).map(
    ({ route }) => {
      const page = route.Component as
        { preload?: () => Promise<unknown> } | undefined;
      // A failed download is reported when the page renders (RouteErrorPage).
      return page?.preload?.().catch(() => undefined);
    },
  );
  return Promise.all(downloads).then(() => undefined);
}

/**
 * The page for the address. A page that fails to load or render shows
 * RouteErrorPage instead of the whole app (what the data router's
 * `errorElement` did); going to another address tries again. While a page's
 * code downloads on the first load, a loading line shows; on later
 * navigations the router's transition keeps the current page until then.
 */
export function AppRoutes() {
  const { pathname } = useLocation();
  const page = useRoutes(APP_ROUTES);
  return (
    <ErrorBoundary FallbackComponent={RouteErrorPage} resetKeys={[pathname]}>
      <Suspense fallback={<LoadingState label="Loading ESM Planner…" />}>
        {page}
      </Suspense>
    </ErrorBoundary>
  );
}
