import {
  authorize,
  OrganizationGrant,
  visibleDepartmentIds,
} from './authorize';
import { Permission, PERMISSIONS } from './permission';
import { Role } from './role';

const OWN = 'dept-own';
const OTHER = 'dept-other';

function member(role: Role): OrganizationGrant {
  return {
    instanceAdmin: false,
    membership: {
      role,
      departmentIds: role === 'DEPARTMENT_HEAD' ? [OWN] : [],
    },
  };
}

// The table of api.md, written out independently of ROLE_PERMISSIONS:
// which writes each role holds ('own' = only on its own departments).
const WRITES: Record<Role, Partial<Record<Permission, true | 'own'>>> = {
  ADMIN: {
    'organization:manage-people': true,
    'organization:manage': true,
    'department:manage': true,
    'business-case:write': true,
    'roadmap:write': true,
    'rollout-plan:write': true,
    'rollout-task:write': true,
    'maturity:write': true,
    'catalog:write': true,
    'coe:write': true,
    'enhancement:write': true,
    'import:write': true,
  },
  EXECUTIVE: { 'business-case:write': true },
  COE: {
    'department:manage': true,
    'roadmap:write': true,
    'rollout-plan:write': true,
    'rollout-task:write': true,
    'maturity:write': true,
    'catalog:write': true,
    'coe:write': true,
    'enhancement:write': true,
    'import:write': true,
  },
  DEPARTMENT_HEAD: {
    'rollout-task:write': 'own',
    'catalog:write': 'own',
    'enhancement:write': 'own',
    'import:write': 'own',
  },
  VIEWER: {},
};

describe(authorize.name, () => {
  const roles = Object.keys(WRITES) as Role[];
  const writes = PERMISSIONS.filter(
    (permission) => !permission.endsWith(':read'),
  );

  describe.each(roles)('%s', (role) => {
    it.each(writes)('%s follows the role table', (permission) => {
      const expected = WRITES[role][permission];
      const own = authorize({
        grant: member(role),
        permission,
        departmentId: OWN,
      }).allowed;
      const other = authorize({
        grant: member(role),
        permission,
        departmentId: OTHER,
      }).allowed;
      expect(own).toBe(expected !== undefined);
      expect(other).toBe(expected === true);
    });

    it('reads organisation-level data', () => {
      expect(
        authorize({ grant: member(role), permission: 'organization:read' }),
      ).toEqual({ allowed: true });
    });

    it('reads another department’s rows only when not a department head', () => {
      const decision = authorize({
        grant: member(role),
        permission: 'department:read',
        departmentId: OTHER,
      });
      expect(decision.allowed).toBe(role !== 'DEPARTMENT_HEAD');
    });
  });

  it('answers NOT_FOUND, not FORBIDDEN, to a caller from another organisation', () => {
    const decision = authorize({
      grant: { instanceAdmin: false, membership: null },
      permission: 'organization:read',
    });
    expect(decision).toEqual({
      allowed: false,
      code: 'NOT_FOUND',
      reason: 'not found',
    });
  });

  it('answers FORBIDDEN inside the organisation', () => {
    const decision = authorize({
      grant: member('VIEWER'),
      permission: 'department:manage',
    });
    expect(decision).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
  });

  it('refuses a department-scoped write without a department for a department head', () => {
    expect(
      authorize({
        grant: member('DEPARTMENT_HEAD'),
        permission: 'catalog:write',
      }).allowed,
    ).toBe(false);
  });

  it('lets the instance administrator do everything without a membership', () => {
    for (const permission of PERMISSIONS) {
      expect(
        authorize({
          grant: { instanceAdmin: true, membership: null },
          permission,
        }).allowed,
      ).toBe(true);
    }
  });
});

describe(visibleDepartmentIds.name, () => {
  it.each([
    [member('ADMIN'), 'ALL'],
    [member('VIEWER'), 'ALL'],
    [member('DEPARTMENT_HEAD'), [OWN]],
    [{ instanceAdmin: true, membership: null }, 'ALL'],
    [{ instanceAdmin: false, membership: null }, []],
  ] as const)('%j sees %j', (grant, expected) => {
    expect(visibleDepartmentIds(grant)).toEqual(expected);
  });
});
