import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import {
  dataSourceOptions,
  ENTITIES,
  runMigrationsLocked,
} from '@esm-planner/api-data-access-db';
import type { AppConfig } from './config/env.schema';

/** The connection (migrations run at start, under a lock) and every entity's repository. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    const features = TypeOrmModule.forFeature(ENTITIES);
    const options = dataSourceOptions({
      url: config.DATABASE_URL,
      timeouts: {
        connectMs: config.DATABASE_CONNECT_TIMEOUT_MS,
        statementMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
        idleInTransactionMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      },
    });
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => options,
          dataSourceFactory: async () => {
            const dataSource = await new DataSource(
              options as DataSourceOptions,
            ).initialize();
            try {
              await runMigrationsLocked(dataSource);
            } catch (error) {
              await dataSource.destroy();
              throw error;
            }
            return dataSource;
          },
        }),
        features,
      ],
      exports: [features],
    };
  }
}
