import type { Request } from 'express';
import type { OrganizationGrant } from '@esm-planner/domain-access';
import type { Principal } from './principal';

/** What one HTTP request carries once the guard has seen it. */
export type ApiRequest = Request & {
  principal?: Principal | null;
  // One membership lookup per organisation per request, however many
  // resolvers ask.
  grantCache?: Map<string, Promise<OrganizationGrant>>;
};
