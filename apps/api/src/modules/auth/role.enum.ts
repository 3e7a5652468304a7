import { registerEnumType } from '@nestjs/graphql';
import { Role, ROLES } from '@esm-planner/domain-access';
import { enumObject } from '../../graphql/enum-object';

export const RoleEnum = enumObject<Role>(ROLES);

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a person may do in one organisation.',
});
