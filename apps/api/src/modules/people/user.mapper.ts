import { MembershipEntity, UserEntity } from '@esm-planner/api-data-access-db';
import type { Role } from '@esm-planner/domain-access';
import { INSTANCE_ADMIN_USER_ID } from '../auth/principal';
import { Membership } from './dto/membership.object';
import { User } from './dto/user.object';

export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    isInstanceAdmin: false,
    disabled: entity.disabledAt !== null,
  };
}

/** The holder of ADMIN_TOKEN has no account; `me` describes them with this. */
export const INSTANCE_ADMIN_USER: User = {
  id: INSTANCE_ADMIN_USER_ID,
  email: 'admin@instance',
  name: 'Instance administrator',
  isInstanceAdmin: true,
  disabled: false,
};

export function toMembership(entity: MembershipEntity): Membership {
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    userId: entity.userId,
    role: entity.role as Role,
    departmentIds: (entity.departments ?? [])
      .map((link) => link.departmentId)
      .sort(),
  };
}
