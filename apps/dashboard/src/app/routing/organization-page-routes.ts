import type { RouteObject } from 'react-router';
import { lazyPage } from './lazy-page';

// The organisation's pages other than the two opened first (the overview and
// a department, in router.tsx beside the preload of their queries): each
// loads on demand (the first download is the shell only).
export const ORGANIZATION_PAGE_ROUTES: RouteObject[] = [
  {
    path: 'organizations/:organizationId/departments',
    Component: lazyPage(
      () => import('../../features/departments/OverviewPage'),
      'OverviewPage',
    ),
  },
  {
    path: 'organizations/:organizationId/baseline',
    Component: lazyPage(
      () => import('../../features/baselines/OrganizationBaselinePage'),
      'OrganizationBaselinePage',
    ),
  },
  {
    path: 'organizations/:organizationId/metrics',
    Component: lazyPage(
      () => import('../../features/metrics/OrganizationMetricsPage'),
      'OrganizationMetricsPage',
    ),
  },
  {
    path: 'organizations/:organizationId/imports',
    Component: lazyPage(
      () => import('../../features/imports/ImportsPage'),
      'ImportsPage',
    ),
  },
  {
    path: 'organizations/:organizationId/business-cases',
    Component: lazyPage(
      () => import('../../features/business-cases/BusinessCasesPage'),
      'BusinessCasesPage',
    ),
  },
  {
    path: 'organizations/:organizationId/business-cases/:caseId',
    Component: lazyPage(
      () => import('../../features/business-cases/BusinessCasePage'),
      'BusinessCasePage',
    ),
  },
  {
    path: 'organizations/:organizationId/maturity',
    Component: lazyPage(
      () => import('../../features/maturity/MaturityPage'),
      'MaturityPage',
    ),
  },
  {
    path: 'organizations/:organizationId/catalogue',
    Component: lazyPage(
      () => import('../../features/catalog/CataloguePage'),
      'CataloguePage',
    ),
  },
  {
    path: 'organizations/:organizationId/coe',
    Component: lazyPage(() => import('../../features/coe/CoePage'), 'CoePage'),
  },
  {
    path: 'organizations/:organizationId/rollout',
    Component: lazyPage(
      () => import('../../features/rollouts/RolloutOverviewPage'),
      'RolloutOverviewPage',
    ),
  },
  {
    path: 'organizations/:organizationId/settings',
    Component: lazyPage(
      () => import('../../features/settings/OrganizationSettingsPage'),
      'OrganizationSettingsPage',
    ),
  },
  {
    path: 'organizations/:organizationId/settings/new-organization',
    Component: lazyPage(
      () => import('../../features/organizations/NewOrganizationPage'),
      'NewOrganizationPage',
    ),
  },
  {
    path: 'organizations/:organizationId/roadmap',
    Component: lazyPage(
      () => import('../../features/roadmap/RoadmapPage'),
      'RoadmapPage',
    ),
  },
  {
    path: 'organizations/:organizationId/people',
    Component: lazyPage(
      () => import('../../features/people/PeoplePage'),
      'PeoplePage',
    ),
  },
  {
    path: 'organizations/:organizationId/departments/:departmentId/rollout',
    Component: lazyPage(
      () => import('../../features/rollouts/RolloutPage'),
      'RolloutPage',
    ),
  },
];
