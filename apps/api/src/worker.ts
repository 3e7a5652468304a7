import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig, loadConfig } from './config/env.schema';
import { WorkerModule } from './worker.module';

/**
 * Runs import jobs without serving HTTP, so imports can scale out apart from
 * the API (start the API with RUN_IMPORT_WORKER=false). Both must see the
 * same IMPORT_STORAGE_DIR.
 */
export async function startWorker(
  config: AppConfig = loadConfig(process.env),
): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({ ...config, RUN_IMPORT_WORKER: true }),
    {
      bufferLogs: true,
    },
  );
  context.useLogger(context.get(Logger));
  await context.init();
  return context;
}
