export * from './lib/department-kind';
export * from './lib/department-status';
export * from './lib/vocabulary';
export * from './lib/department-draft';
export * from './lib/kind-from-name';
