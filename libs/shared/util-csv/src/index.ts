export * from './lib/to-csv';
