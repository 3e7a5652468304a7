export {
  DEFAULT_TIME_ZONE,
  GRAINS,
  type Grain,
  isGrain,
  localDate,
  MAX_METRIC_PERIODS,
  metricRangeProblems,
  periodsBetween,
  periodStart,
  periodStartOfDate,
} from './lib/period';
export {
  isResolution,
  type RequestFact,
  type Resolution,
  RESOLUTIONS,
} from './lib/request-fact';
export {
  emptyMetricPoint,
  type MetricPoint,
  metricPoint,
  ratio,
} from './lib/metric-point';
export * from './lib/compute-metric-points';
export {
  type WeeklyMetricsRow,
  weeklyRowPoints,
  weeklyRowProblems,
} from './lib/weekly-rows';
export * from './lib/roll-up-to-months';
export * from './lib/merge-metric-sources';
export * from './lib/benchmarks';
export * from './lib/daily-rollups';
export * from './lib/channel-volume';
export * from './lib/department-deflection';
export * from './lib/programme-deflection';
