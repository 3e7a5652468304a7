import { registerEnumType } from '@nestjs/graphql';
import {
  DEPARTMENT_KINDS,
  DEPARTMENT_STATUSES,
  DepartmentKind,
  DepartmentStatus,
} from '@esm-planner/domain-departments';
import { enumObject } from '../../../graphql/enum-object';

export const DepartmentKindEnum = enumObject<DepartmentKind>(DEPARTMENT_KINDS);
export const DepartmentStatusEnum =
  enumObject<DepartmentStatus>(DEPARTMENT_STATUSES);

registerEnumType(DepartmentKindEnum, {
  name: 'DepartmentKind',
  description: 'What a department does (domain §1).',
});
registerEnumType(DepartmentStatusEnum, {
  name: 'DepartmentStatus',
  description:
    'Where a department is in the programme: PLANNED → AUDITING → BUILDING → PILOTING → LIVE.',
});
