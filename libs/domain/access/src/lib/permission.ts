import { Role } from './role';

/**
 * Everything a resolver can ask permission for. Reads are split in two
 * because a department head sees organisation-level aggregates but only their
 * own departments' rows.
 */
export const PERMISSIONS = [
  'organization:read',
  'department:read',
  'organization:manage-people',
  // The organisation's own settings: name, currency, time zone (ADMIN).
  'organization:manage',
  'department:manage',
  'business-case:write',
  'roadmap:write',
  'rollout-plan:write',
  'rollout-task:write',
  'maturity:write',
  'catalog:write',
  'coe:write',
  'enhancement:write',
  'import:write',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/**
 * Permissions that concern one department's rows. A department head holds
 * them only for the departments listed on their membership.
 */
export const DEPARTMENT_SCOPED_PERMISSIONS: ReadonlySet<Permission> =
  new Set<Permission>([
    'department:read',
    'rollout-task:write',
    'catalog:write',
    'enhancement:write',
    'import:write',
  ]);

const EVERY_READ: Permission[] = ['organization:read', 'department:read'];

/**
 * The role table of api.md. Decisions where the table is silent (see
 * docs/access.md): COE also creates and edits departments, because the CoE
 * runs the roadmap and imports may create departments; rollout-plan:write
 * includes ticking tasks, so COE holds both.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> =
  {
    ADMIN: new Set<Permission>(PERMISSIONS),
    EXECUTIVE: new Set<Permission>([...EVERY_READ, 'business-case:write']),
    COE: new Set<Permission>([
      ...EVERY_READ,
      'department:manage',
      'roadmap:write',
      'rollout-plan:write',
      'rollout-task:write',
      'maturity:write',
      'catalog:write',
      'coe:write',
      'enhancement:write',
      'import:write',
    ]),
    DEPARTMENT_HEAD: new Set<Permission>([
      ...EVERY_READ,
      'rollout-task:write',
      'catalog:write',
      'enhancement:write',
      'import:write',
    ]),
    VIEWER: new Set<Permission>(EVERY_READ),
  };
