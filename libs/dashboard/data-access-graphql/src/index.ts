export type * from './generated/graphql';
export * from './generated/documents';
export * from './lib/api-errors';
export * from './lib/apollo-client';
export * from './lib/session-store';
