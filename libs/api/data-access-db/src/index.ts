export * from './lib/entities';
export * from './lib/data-source-options';
export * from './lib/schema-drift';
export * from './lib/request-rollups.sql';
export {
  outsideMonths,
  type InstantRange,
} from './lib/request-rollup-facts.sql';
export * from './lib/rollup-periods.sql';
export * from './lib/service-metrics-rows.sql';
export * from './lib/run-migrations';
export * from './lib/request-fact-partitions';
