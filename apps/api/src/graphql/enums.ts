import { registerEnumType } from '@nestjs/graphql';
import { Role, ROLES } from '@esm-planner/domain-access';
import {
  DEPARTMENT_KINDS,
  DEPARTMENT_STATUSES,
  DepartmentKind,
  DepartmentStatus,
} from '@esm-planner/domain-departments';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

// The GraphQL enums are the domain's own lists, so the two cannot drift.
export const DepartmentKindEnum = enumObject<DepartmentKind>(DEPARTMENT_KINDS);
export const DepartmentStatusEnum = enumObject<DepartmentStatus>(DEPARTMENT_STATUSES);
export const RoleEnum = enumObject<Role>(ROLES);

registerEnumType(DepartmentKindEnum, { name: 'DepartmentKind', description: 'What a department does (domain §1).' });
registerEnumType(DepartmentStatusEnum, {
  name: 'DepartmentStatus',
  description: 'Where a department is in the programme: PLANNED → AUDITING → BUILDING → PILOTING → LIVE.',
});
registerEnumType(RoleEnum, { name: 'Role', description: 'What a person may do in one organisation.' });
