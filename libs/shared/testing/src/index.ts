// Test support for specs of several projects; never imported by shipped code.
export * from './lib/time-zone-harness';
export * from './lib/process-output';
