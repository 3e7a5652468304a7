export * from './lib/time-zone';
export * from './lib/format-tokens';
export * from './lib/wall-clock';
export * from './lib/iso-8601';
export * from './lib/compiled-format';
export * from './lib/date-reader';
