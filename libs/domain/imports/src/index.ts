export * from './lib/import-error';
export * from './lib/header';
export * from './lib/cell-values';
export * from './lib/channel-value';
export * from './lib/row-reader';
export * from './lib/audit-row';
export * from './lib/metrics-row';
export * from './lib/duplicates';
