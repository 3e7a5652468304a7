import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from './config/env.schema';
import { loggerParams } from './config/log-options';
import { DatabaseModule } from './database.module';
import { ComputeModule } from './modules/compute/compute.module';
import { ImportProcessingModule } from './modules/imports/import-processing.module';
import { RollupRebuildModule } from './modules/organizations/rollup-rebuild/rollup-rebuild.module';

/** The stand-alone worker: the database, the import queue and the rollup rebuilds, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerParams(config)),
        DatabaseModule.forRoot(config),
        ComputeModule,
        ImportProcessingModule,
        RollupRebuildModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
