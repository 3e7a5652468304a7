export * from './lib/it-stability-thresholds';
export type { ItStabilityWeek } from './lib/it-stability-reasons';
export * from './lib/it-stability';
