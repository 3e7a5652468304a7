export * from './lib/field-problem';
