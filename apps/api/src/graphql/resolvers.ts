import { AuthResolver } from '../modules/auth/auth.resolver';
import { BaselinesResolver, DepartmentBaselineResolver } from '../modules/baselines/baselines.resolver';
import { BusinessCaseViewsResolver } from '../modules/business-cases/business-case-views.resolver';
import { BusinessCasesResolver } from '../modules/business-cases/business-cases.resolver';
import { SavedCasesResolver } from '../modules/business-cases/saved/saved-cases.resolver';
import { ValueRealisationResolver } from '../modules/business-cases/value/value-realisation.resolver';
import { CatalogResolver, DepartmentCatalogResolver } from '../modules/catalog/catalog.resolver';
import { CoeResolver, EnhancementsResolver } from '../modules/coe/coe.resolver';
import { ColumnMappingsResolver, ImportPreviewResolver } from '../modules/column-mappings/column-mappings.resolver';
import { DepartmentsResolver } from '../modules/departments/departments.resolver';
import { ImportCancellationResolver } from '../modules/imports/import-cancellation.resolver';
import { ImportsResolver } from '../modules/imports/imports.resolver';
import { MaturityResolver, ReadinessResolver } from '../modules/maturity/maturity.resolver';
import { DepartmentBenchmarkResolver } from '../modules/metrics/department-benchmark.resolver';
import { MetricsResolver } from '../modules/metrics/metrics.resolver';
import { GettingStartedResolver } from '../modules/overview/getting-started.resolver';
import { OrganizationsResolver } from '../modules/organizations/organizations.resolver';
import { ProgrammeOverviewResolver } from '../modules/overview/programme-overview.resolver';
import { PeopleResolver } from '../modules/people/people.resolver';
import { RoadmapResolver } from '../modules/roadmap/roadmap.resolver';
import { DepartmentRolloutPlanResolver, RolloutsResolver } from '../modules/rollouts/rollouts.resolver';
import { SetupResolver } from '../modules/setup/setup.resolver';

/**
 * Every resolver class, for printing the schema without a database
 * (scripts/print-schema.ts). The integration tests check that the schema the
 * running server serves is the committed one, so a resolver missing here
 * cannot go unnoticed.
 */
export const RESOLVERS = [
  AuthResolver,
  BaselinesResolver,
  BusinessCasesResolver,
  BusinessCaseViewsResolver,
  CatalogResolver,
  CoeResolver,
  ColumnMappingsResolver,
  DepartmentBaselineResolver,
  DepartmentCatalogResolver,
  DepartmentBenchmarkResolver,
  DepartmentsResolver,
  EnhancementsResolver,
  GettingStartedResolver,
  ImportCancellationResolver,
  ImportsResolver,
  ImportPreviewResolver,
  MaturityResolver,
  MetricsResolver,
  OrganizationsResolver,
  ProgrammeOverviewResolver,
  PeopleResolver,
  SavedCasesResolver,
  ReadinessResolver,
  RoadmapResolver,
  RolloutsResolver,
  DepartmentRolloutPlanResolver,
  SetupResolver,
  ValueRealisationResolver,
];
