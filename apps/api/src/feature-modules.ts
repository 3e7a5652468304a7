import { AuthModule } from './modules/auth/auth.module';
import { BaselinesModule } from './modules/baselines/baselines.module';
import { BusinessCasesModule } from './modules/business-cases/business-cases.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { CoeModule } from './modules/coe/coe.module';
import { ColumnMappingsModule } from './modules/column-mappings/column-mappings.module';
import { DepartmentsModule } from './modules/departments/departments.module';
import { ImportsModule } from './modules/imports/imports.module';
import { MaturityModule } from './modules/maturity/maturity.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { OverviewModule } from './modules/overview/overview.module';
import { PeopleModule } from './modules/people/people.module';
import { RoadmapModule } from './modules/roadmap/roadmap.module';
import { RolloutsModule } from './modules/rollouts/rollouts.module';
import { SetupModule } from './modules/setup/setup.module';

/**
 * The features the API serves. Each registers its own resolvers and loaders
 * as providers; AppModule imports these, and `npm run schema:generate`
 * prints the schema of their resolvers (graphql/resolvers-of.ts).
 */
export const FEATURE_MODULES = [
  AuthModule,
  DepartmentsModule,
  OrganizationsModule,
  PeopleModule,
  BaselinesModule,
  ColumnMappingsModule,
  ImportsModule,
  MetricsModule,
  BusinessCasesModule,
  CatalogModule,
  CoeModule,
  MaturityModule,
  RoadmapModule,
  RolloutsModule,
  OverviewModule,
  SetupModule,
];
