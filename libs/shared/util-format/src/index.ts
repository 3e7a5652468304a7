export * from './lib/labels';
export * from './lib/numbers';
export * from './lib/dates';
