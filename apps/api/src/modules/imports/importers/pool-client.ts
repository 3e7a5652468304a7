import type { PoolClient } from 'pg';
import type { QueryRunner } from 'typeorm';

/**
 * The node-postgres client under a TypeORM query runner: COPY … FROM STDIN
 * streams (pg-copy-streams) need it, and it is the runner's own connection,
 * so they run inside the import's transaction.
 */
export function clientOf(runner: QueryRunner): PoolClient {
  return (runner as unknown as { databaseConnection: PoolClient })
    .databaseConnection;
}
