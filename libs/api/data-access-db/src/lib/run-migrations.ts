import { DataSource, MigrationExecutor } from 'typeorm';

// One advisory lock for every process of ESM Planner on a database: API
// replicas and workers started together migrate one after the other.
const MIGRATION_LOCK = `hashtextextended('esm-planner:migrations', 0)`;

/**
 * Applies pending migrations under a PostgreSQL session advisory lock.
 * TypeORM's own `migrationsRun` takes no lock: two processes starting on a
 * database that needs a migration both see it pending, both run it, and the
 * second fails ("relation … already exists") or applies it twice. Here the
 * second waits for the first, then finds nothing left to do.
 *
 * The lock and the migrations share one connection; it runs without a
 * statement timeout (a migration may rebuild an index on a big table) and
 * goes back to the pool with its settings reset. A process that dies holding
 * the lock releases it with its connection.
 */
export async function runMigrationsLocked(
  dataSource: DataSource,
): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET statement_timeout = 0');
    await runner.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction =
        dataSource.options.migrationsTransactionMode ?? 'all';
      await executor.executePendingMigrations();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
    await runner.query('RESET statement_timeout');
  } finally {
    await runner.release();
  }
}
