import type { Role } from '@esm-planner/dashboard-data-access-graphql';
import { canImport, canManageDepartments, roleLabel } from './roles';

describe(canManageDepartments.name, () => {
  it.each<[Role | null | undefined, boolean]>([
    ['ADMIN', true],
    ['COE', true],
    [null, true],
    ['DEPARTMENT_HEAD', false],
    ['EXECUTIVE', false],
    ['VIEWER', false],
    [undefined, false],
  ])('is %p → %p', (role, expected) => {
    expect(canManageDepartments(role)).toBe(expected);
  });
});

describe(roleLabel.name, () => {
  it('names each role for people', () => {
    expect(roleLabel('DEPARTMENT_HEAD')).toBe('Department head');
    expect(roleLabel(null)).toBe('Instance administrator');
  });
});

describe(canImport.name, () => {
  it.each<[Role | null | undefined, boolean]>([
    ['ADMIN', true],
    ['COE', true],
    ['DEPARTMENT_HEAD', true],
    [null, true],
    ['EXECUTIVE', false],
    ['VIEWER', false],
    [undefined, false],
  ])('is %p → %p', (role, expected) => {
    expect(canImport(role)).toBe(expected);
  });
});
