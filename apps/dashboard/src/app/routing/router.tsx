import { createBrowserRouter } from 'react-router';
import { LoadingState } from '@esm-planner/dashboard-ui';
import { AppLayout } from '../layout/AppLayout';
import { HomeRedirect } from './HomeRedirect';
import { ORGANIZATION_PAGE_ROUTES } from './organization-page-routes';
import {
  preloadDepartment,
  preloadOverview,
  type PreloadContext,
} from './preload-queries';
import { RequireSession } from './RequireSession';
import { RouteErrorPage } from './RouteErrorPage';

// Pages load on demand so the first download is the shell only; each module
// exports its page by name (no default exports here). The pages opened first
// (the organisation overview, a department) have a loader that starts their
// queries while their code downloads (preload-queries.ts).
export function createAppRouter(preload: PreloadContext) {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      hydrateFallbackElement: <LoadingState label="Loading ESM Planner…" />,
      children: [
        {
          path: '/login',
          lazy: async () => ({
            Component: (await import('../../features/auth/LoginPage'))
              .LoginPage,
          }),
        },
        {
          path: '/setup',
          lazy: async () => ({
            Component: (await import('../../features/setup/SetupPage'))
              .SetupPage,
          }),
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
              loader: preloadOverview(preload),
              lazy: async () => ({
                Component: (
                  await import('../../features/overview/ProgrammeOverviewPage')
                ).ProgrammeOverviewPage,
              }),
            },
            ...ORGANIZATION_PAGE_ROUTES,
            {
              path: 'organizations/:organizationId/departments/:departmentId',
              loader: preloadDepartment(preload),
              lazy: async () => ({
                Component: (
                  await import('../../features/departments/DepartmentPage')
                ).DepartmentPage,
              }),
            },
          ],
        },
        {
          path: '*',
          lazy: async () => ({
            Component: (await import('./NotFoundPage')).NotFoundPage,
          }),
        },
      ],
    },
  ]);
}
