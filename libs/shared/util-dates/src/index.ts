export * from './lib/time-zone';
export * from './lib/format-tokens';
