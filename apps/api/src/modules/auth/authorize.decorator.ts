import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@esm-planner/domain-access';

type Args = Record<string, any>;

/**
 * Where the guard finds the organisation a request is about: directly, or
 * through a department (loaded to find its organisation), or — for
 * instance-level operations such as creating an organisation — any
 * organisation in which the caller holds the permission.
 */
export type AuthorizeTarget =
  | { organizationId: (args: Args) => string | undefined }
  | { departmentId: (args: Args) => string | undefined }
  | { anyOrganization: true };

export type AuthorizeRule = { permission: Permission; target: AuthorizeTarget };

export const AUTHORIZE_RULE = 'esm:authorize';

/**
 * The one place resolvers state who may call them:
 *   @Authorize('department:manage', { departmentId: (args) => args.id })
 * The global AuthGuard enforces it through AccessPolicy.
 */
export const Authorize = (permission: Permission, target: AuthorizeTarget): MethodDecorator =>
  SetMetadata(AUTHORIZE_RULE, { permission, target } satisfies AuthorizeRule);
