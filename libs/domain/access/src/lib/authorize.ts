import {
  DEPARTMENT_SCOPED_PERMISSIONS,
  Permission,
  ROLE_PERMISSIONS,
} from './permission';
import { Role } from './role';

/** What a caller holds in the organisation that owns the thing asked for. */
export type OrganizationGrant = {
  /** The instance administrator (ADMIN_TOKEN) acts as ADMIN everywhere. */
  instanceAdmin: boolean;
  /** The caller's membership in that organisation, if any. */
  membership: { role: Role; departmentIds: readonly string[] } | null;
};

export type AccessDecision =
  | { allowed: true }
  | { allowed: false; code: 'NOT_FOUND' | 'FORBIDDEN'; reason: string };

/**
 * Decides one request. A caller with no membership gets NOT_FOUND, exactly
 * as for an id that does not exist, so ids of other organisations reveal
 * nothing. Within their organisation a caller lacking the permission gets
 * FORBIDDEN. Department-scoped permissions need `departmentId` for a
 * department head; without it (organisation-level) they are refused.
 */
export function authorize({
  grant,
  permission,
  departmentId,
}: {
  grant: OrganizationGrant;
  permission: Permission;
  departmentId?: string;
}): AccessDecision {
  if (grant.instanceAdmin) return { allowed: true };
  const { membership } = grant;
  if (!membership) {
    return { allowed: false, code: 'NOT_FOUND', reason: 'not found' };
  }
  if (!ROLE_PERMISSIONS[membership.role].has(permission)) {
    return {
      allowed: false,
      code: 'FORBIDDEN',
      reason: `the ${membership.role} role may not do ${permission}`,
    };
  }
  if (
    membership.role === 'DEPARTMENT_HEAD' &&
    DEPARTMENT_SCOPED_PERMISSIONS.has(permission)
  ) {
    if (
      departmentId === undefined ||
      !membership.departmentIds.includes(departmentId)
    ) {
      return {
        allowed: false,
        code: 'FORBIDDEN',
        reason: 'a department head may only act on their own departments',
      };
    }
  }
  return { allowed: true };
}

/**
 * Which departments' rows a caller may list: every department, or only the
 * ones on a department head's membership.
 */
export function visibleDepartmentIds(
  grant: OrganizationGrant,
): 'ALL' | readonly string[] {
  if (grant.instanceAdmin) return 'ALL';
  if (!grant.membership) return [];
  return grant.membership.role === 'DEPARTMENT_HEAD'
    ? grant.membership.departmentIds
    : 'ALL';
}
