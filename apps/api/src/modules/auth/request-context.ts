import type { Request } from 'express';
import type { OrganizationGrant } from '@esm-planner/domain-access';
import type { AppError } from '../../common/app-error';
import type { Principal } from './principal';

/** What one HTTP request carries once the guard has seen it. */
export type ApiRequest = Request & {
  principal?: Principal | null;
  /** The guard's lookup of the bearer token, shared by every resolver of the request. */
  identified?: Promise<void>;
  /** Why the bearer token was not even looked up (too many failed tokens from the address). */
  authRefusal?: AppError;
  // One membership lookup per organisation per request, however many
  // resolvers ask.
  grantCache?: Map<string, Promise<OrganizationGrant>>;
};

/** The context of one GraphQL request (graphql/graphql-options.ts builds it). */
export type GraphQLContext = { req: ApiRequest };
