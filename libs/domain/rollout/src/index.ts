export * from './lib/rollout-phase';
export * from './lib/plan-calendar';
export * from './lib/plan-status';
export * from './lib/plan-evaluation';
export * from './lib/standard-tasks';
export * from './lib/phase-gate';
export * from './lib/department-status-for';
export * from './lib/pilot-weeks';
