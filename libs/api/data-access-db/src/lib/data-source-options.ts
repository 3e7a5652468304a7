import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { ENTITIES } from './entities';

/**
 * The one way this project connects to PostgreSQL: the same options for the
 * API, the seed, the migration tools and the tests. Schema changes come only
 * from migrations; `synchronize` stays off.
 */
export function dataSourceOptions({
  url,
  poolSize = 10,
  applicationName = 'esm-planner',
}: {
  url: string;
  poolSize?: number;
  applicationName?: string;
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
  };
}
