export * from './lib/role';
export * from './lib/permission';
export * from './lib/authorize';
