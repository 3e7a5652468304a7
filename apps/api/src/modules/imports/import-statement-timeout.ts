import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntitySubscriberInterface,
  TransactionStartEvent,
} from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/env.schema';
import { importRuns } from './import-run';

/** Sets a job's own statement limit for the rest of the transaction it runs in. */
export const SET_JOB_STATEMENT_TIMEOUT = `SELECT set_config('statement_timeout', $1, true)`;

/**
 * An import's statements legitimately run longer than the pool's
 * DATABASE_STATEMENT_TIMEOUT_MS (a COPY of a million rows, the merge, the
 * rollups), so every transaction an import opens gets JOB_STATEMENT_TIMEOUT_MS
 * instead, for that transaction only (`SET LOCAL`). The importers need not
 * know: the run they belong to is found as the cancel guard finds it
 * (import-run.ts).
 */
@Injectable()
export class ImportStatementTimeout implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    dataSource.subscribers.push(this);
  }

  async afterTransactionStart({
    queryRunner,
  }: TransactionStartEvent): Promise<void> {
    // TypeORM counts nested transactions (savepoints): the outermost one is enough.
    const depth = (queryRunner as unknown as { transactionDepth: number })
      .transactionDepth;
    if (!importRuns.getStore() || depth !== 1) return;
    await queryRunner.query(SET_JOB_STATEMENT_TIMEOUT, [
      String(this.config.JOB_STATEMENT_TIMEOUT_MS),
    ]);
  }
}
