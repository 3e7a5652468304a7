import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { ENTITIES } from './entities';

/**
 * How long the pool waits for PostgreSQL, in milliseconds (0 = no limit).
 * The statement and idle-in-transaction limits are set on each connection
 * as it opens; a job that legitimately runs longer sets its own for its
 * transaction (`SET LOCAL statement_timeout`, see docs/security.md
 * "Operations").
 */
export type DatabaseTimeouts = {
  /** Opening a connection (also waiting for a free one in a full pool). */
  connectMs: number;
  /** One statement, counted by the server. */
  statementMs: number;
  /** A transaction left open with nothing running: the server ends the session. */
  idleInTransactionMs: number;
};

/**
 * The one way this project connects to PostgreSQL: the same options for the
 * API, the seed, the migration tools and the tests. Schema changes come only
 * from migrations; `synchronize` stays off.
 */
export function dataSourceOptions({
  url,
  poolSize = 10,
  applicationName = 'esm-planner',
  timeouts,
}: {
  url: string;
  poolSize?: number;
  applicationName?: string;
  timeouts?: DatabaseTimeouts;
}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    logging: false,
    poolSize,
    applicationName,
    ...(timeouts && {
      connectTimeoutMS: timeouts.connectMs,
      // node-postgres sends these as the connection's startup parameters;
      // TCP keep-alive finds a connection whose server went away.
      extra: {
        statement_timeout: timeouts.statementMs,
        idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
        keepAlive: true,
      },
    }),
  };
}
