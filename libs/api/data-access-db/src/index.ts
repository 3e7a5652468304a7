export * from './lib/entities';
export * from './lib/data-source-options';
export * from './lib/schema-drift';
export * from './lib/request-rollups.sql';
export * from './lib/run-migrations';
