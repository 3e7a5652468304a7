import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from './config/env.schema';
import { loggerParams } from './config/log-options';
import { DatabaseModule } from './database.module';
import { FEATURE_MODULES } from './feature-modules';
import { graphqlOptions } from './graphql/graphql-options';
import { ResponseCacheModule } from './response-cache/response-cache.module';
import { ComputeModule } from './modules/compute/compute.module';
import { Draining } from './modules/health/draining';
import { HealthController } from './modules/health/health.controller';
import { DemoSeedService } from './seed/demo-seed.service';

@Module({})
export class AppModule {
  /** `extraImports`: modules a test adds (e.g. a fake of a port another module provides). */
  static forRoot(
    config: AppConfig,
    extraImports: (Type | DynamicModule)[] = [],
  ): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerParams(config)),
        DatabaseModule.forRoot(config),
        ComputeModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG],
          useFactory: graphqlOptions,
        }),
        // Before the features, so that a test's fake of a port wins.
        ...extraImports,
        ...FEATURE_MODULES,
        ResponseCacheModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        DemoSeedService,
        Draining,
      ],
      exports: [APP_CONFIG],
    };
  }
}
