import type { RouteObject } from 'react-router';

// The organisation's pages that need no preload: each loads on demand (the
// first download is the shell only) and exports its page by name. The pages
// with a preload (overview, department) are in router.tsx with their loaders.
export const ORGANIZATION_PAGE_ROUTES: RouteObject[] = [
  {
    path: 'organizations/:organizationId/departments',
    lazy: async () => ({
      Component: (await import('../../features/departments/OverviewPage'))
        .OverviewPage,
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
      Component: (await import('../../features/maturity/MaturityPage'))
        .MaturityPage,
    }),
  },
  {
    path: 'organizations/:organizationId/catalogue',
    lazy: async () => ({
      Component: (await import('../../features/catalog/CataloguePage'))
        .CataloguePage,
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
      Component: (await import('../../features/rollouts/RolloutOverviewPage'))
        .RolloutOverviewPage,
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
      Component: (await import('../../features/people/PeoplePage')).PeoplePage,
    }),
  },
  {
    path: 'organizations/:organizationId/departments/:departmentId/rollout',
    lazy: async () => ({
      Component: (await import('../../features/rollouts/RolloutPage'))
        .RolloutPage,
    }),
  },
];
