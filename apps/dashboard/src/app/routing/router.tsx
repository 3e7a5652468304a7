import { createBrowserRouter } from 'react-router';
import { LoadingState } from '@esm-planner/dashboard-ui';
import { AppLayout } from '../layout/AppLayout';
import { HomeRedirect } from './HomeRedirect';
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
            {
              path: 'organizations/:organizationId/departments',
              lazy: async () => ({
                Component: (
                  await import('../../features/departments/OverviewPage')
                ).OverviewPage,
              }),
            },
            {
              path: 'organizations/:organizationId/baseline',
              lazy: async () => ({
                Component: (
                  await import('../../features/baselines/OrganizationBaselinePage')
                ).OrganizationBaselinePage,
              }),
            },
            {
              path: 'organizations/:organizationId/metrics',
              lazy: async () => ({
                Component: (
                  await import('../../features/metrics/OrganizationMetricsPage')
                ).OrganizationMetricsPage,
              }),
            },
            {
              path: 'organizations/:organizationId/imports',
              lazy: async () => ({
                Component: (await import('../../features/imports/ImportsPage'))
                  .ImportsPage,
              }),
            },
            {
              path: 'organizations/:organizationId/business-cases',
              lazy: async () => ({
                Component: (
                  await import('../../features/business-cases/BusinessCasesPage')
                ).BusinessCasesPage,
              }),
            },
            {
              path: 'organizations/:organizationId/business-cases/:caseId',
              lazy: async () => ({
                Component: (
                  await import('../../features/business-cases/BusinessCasePage')
                ).BusinessCasePage,
              }),
            },
            {
              path: 'organizations/:organizationId/maturity',
              lazy: async () => ({
                Component: (
                  await import('../../features/maturity/MaturityPage')
                ).MaturityPage,
              }),
            },
            {
              path: 'organizations/:organizationId/catalogue',
              lazy: async () => ({
                Component: (
                  await import('../../features/catalog/CataloguePage')
                ).CataloguePage,
              }),
            },
            {
              path: 'organizations/:organizationId/coe',
              lazy: async () => ({
                Component: (await import('../../features/coe/CoePage')).CoePage,
              }),
            },
            {
              path: 'organizations/:organizationId/rollout',
              lazy: async () => ({
                Component: (
                  await import('../../features/rollouts/RolloutOverviewPage')
                ).RolloutOverviewPage,
              }),
            },
            {
              path: 'organizations/:organizationId/settings',
              lazy: async () => ({
                Component: (
                  await import('../../features/settings/OrganizationSettingsPage')
                ).OrganizationSettingsPage,
              }),
            },
            {
              path: 'organizations/:organizationId/settings/new-organization',
              lazy: async () => ({
                Component: (
                  await import('../../features/organizations/NewOrganizationPage')
                ).NewOrganizationPage,
              }),
            },
            {
              path: 'organizations/:organizationId/roadmap',
              lazy: async () => ({
                Component: (await import('../../features/roadmap/RoadmapPage'))
                  .RoadmapPage,
              }),
            },
            {
              path: 'organizations/:organizationId/people',
              lazy: async () => ({
                Component: (await import('../../features/people/PeoplePage'))
                  .PeoplePage,
              }),
            },
            {
              path: 'organizations/:organizationId/departments/:departmentId/rollout',
              lazy: async () => ({
                Component: (await import('../../features/rollouts/RolloutPage'))
                  .RolloutPage,
              }),
            },
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
