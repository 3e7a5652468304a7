import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  TransactionStartEvent,
} from 'typeorm';
import type { BeforeQueryEvent } from 'typeorm/subscriber/event/QueryEvent';
import { ImportCancelledError, ImportRun, importRuns } from './import-run';

// TypeORM counts nested transactions (savepoints); only the outermost one commits.
function depthOf(runner: QueryRunner): number {
  return (runner as unknown as { transactionDepth: number }).transactionDepth;
}

function runOf(runner: QueryRunner): ImportRun | null {
  const run = importRuns.getStore();
  return run && run.runners.has(runner) ? run : null;
}

/**
 * Makes a cancelled import store nothing, whatever its importer is doing,
 * without the importers knowing about cancellation:
 *
 * - every transaction an import opens is remembered (its connection can then
 *   have its running statement cancelled, see ImportProcessor);
 * - once the import is cancelled, any further statement in that transaction
 *   fails (a rollback excepted), so the importer unwinds and rolls back;
 * - just before the import's transaction commits, the job row is locked and
 *   marked finished in that same transaction, and the commit only goes ahead
 *   while the job is still RUNNING. So either the cancel (cancelImport takes
 *   the same row lock) comes first and nothing is committed, or the commit
 *   does and the cancel is refused: never stored data under a CANCELLED job.
 *   The same holds for a job the sweeper gave up as interrupted.
 */
@Injectable()
export class ImportCancelGuard implements EntitySubscriberInterface {
  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  afterTransactionStart({ queryRunner }: TransactionStartEvent): void {
    const run = importRuns.getStore();
    if (run && depthOf(queryRunner) === 1) run.runners.add(queryRunner);
  }

  beforeQuery({ queryRunner, query }: BeforeQueryEvent): void {
    const run = runOf(queryRunner);
    if (
      !run?.cancelled ||
      !queryRunner.isTransactionActive ||
      /^\s*ROLLBACK\b/i.test(query)
    )
      return;
    throw new ImportCancelledError(run.jobId);
  }

  async beforeTransactionCommit({
    queryRunner,
  }: TransactionCommitEvent): Promise<void> {
    const run = runOf(queryRunner);
    if (!run || depthOf(queryRunner) !== 1) return;
    const result = await queryRunner.query(
      `UPDATE import_job SET finished_at = now() WHERE id = $1 AND status = 'RUNNING'`,
      [run.jobId],
      true,
    );
    if (!result.affected) {
      run.cancel();
      throw new ImportCancelledError(run.jobId);
    }
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    const run = runOf(queryRunner);
    if (!run || queryRunner.isTransactionActive) return;
    run.runners.delete(queryRunner);
    run.markCommitted();
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    const run = runOf(queryRunner);
    if (run && !queryRunner.isTransactionActive)
      run.runners.delete(queryRunner);
  }
}
