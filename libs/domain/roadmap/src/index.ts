export * from './lib/it-stability-thresholds';
export type { ItStabilityWeek } from './lib/it-stability-reasons';
export * from './lib/it-stability';
export * from './lib/priority-score';
export * from './lib/default-sequence';
export * from './lib/it-stable-from';
export * from './lib/schedule-roadmap';
export * from './lib/roadmap-gates';
