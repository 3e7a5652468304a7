import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@esm-planner/domain-access';

type Args = Record<string, any>;

/**
 * A row a rule reaches through, declared by the feature that owns it: how to
 * find the row's organisation and department (null for an
 * organisation-wide row) by its id, and what to call it in NOT_FOUND.
 */
export type OwningRow = {
  name: string;
  /** One parameter, the id; answers `organization_id` and `department_id`. */
  ownerSql: string;
};

/**
 * Where the guard finds the organisation a request is about: directly, or
 * through a department (loaded to find its organisation), or through a row
 * (a plan, a task, a saved case…), or — for instance-level operations such
 * as creating an organisation — any organisation in which the caller holds
 * the permission. A row in another organisation answers NOT_FOUND by the
 * row's name, exactly like a missing one.
 */
export type AuthorizeTarget =
  | { organizationId: (args: Args) => string | undefined }
  | { departmentId: (args: Args) => string | undefined }
  | { row: OwningRow; id: (args: Args) => string | undefined }
  | { anyOrganization: true };

export type AuthorizeRule = { permission: Permission; target: AuthorizeTarget };

export const AUTHORIZE_RULE = 'esm:authorize';

/**
 * The one place resolvers state who may call them:
 *   @Authorize('department:manage', { departmentId: (args) => args.id })
 * The global AuthGuard enforces it through AccessPolicy.
 */
export const Authorize = (
  permission: Permission,
  target: AuthorizeTarget,
): MethodDecorator =>
  SetMetadata(AUTHORIZE_RULE, { permission, target } satisfies AuthorizeRule);
