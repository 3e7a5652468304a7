import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from './config/env.schema';
import { loggerParams } from './config/log-options';
import { DatabaseModule } from './database.module';
import { ComputeModule } from './modules/compute/compute.module';
import { GraphqlLoadersModule } from './graphql/graphql-loaders.module';
import { graphqlOptions } from './graphql/graphql-options';
import { RequestLoadersFactory } from './graphql/request-loaders';
import { AuthModule } from './modules/auth/auth.module';
import { BaselinesModule } from './modules/baselines/baselines.module';
import { BusinessCasesModule } from './modules/business-cases/business-cases.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { CoeModule } from './modules/coe/coe.module';
import { ColumnMappingsModule } from './modules/column-mappings/column-mappings.module';
import { DepartmentsModule } from './modules/departments/departments.module';
import { Draining } from './modules/health/draining';
import { HealthController } from './modules/health/health.controller';
import { ImportsModule } from './modules/imports/imports.module';
import { MaturityModule } from './modules/maturity/maturity.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { OverviewModule } from './modules/overview/overview.module';
import { PeopleModule } from './modules/people/people.module';
import { RoadmapModule } from './modules/roadmap/roadmap.module';
import { RolloutsModule } from './modules/rollouts/rollouts.module';
import { SetupModule } from './modules/setup/setup.module';
import { DemoSeedService } from './seed/demo-seed.service';

@Module({})
export class AppModule {
  /** `extraImports`: modules a test adds (e.g. a fake of a port another module provides). */
  static forRoot(config: AppConfig, extraImports: (Type | DynamicModule)[] = []): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerParams(config)),
        DatabaseModule.forRoot(config),
        ComputeModule,
        GraphqlLoadersModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [RequestLoadersFactory, APP_CONFIG],
          useFactory: graphqlOptions,
        }),
        AuthModule,
        DepartmentsModule,
        OrganizationsModule,
        PeopleModule,
        BaselinesModule,
        ColumnMappingsModule,
        ImportsModule,
        MetricsModule,
        BusinessCasesModule,
        ...extraImports,
        CatalogModule,
        CoeModule,
        MaturityModule,
        RoadmapModule,
        RolloutsModule,
        OverviewModule,
        SetupModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_CONFIG, useValue: config }, DemoSeedService, Draining],
      exports: [APP_CONFIG],
    };
  }
}
