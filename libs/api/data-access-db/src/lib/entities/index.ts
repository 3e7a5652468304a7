import { ApiTokenEntity } from './api-token.entity';
import { DepartmentEntity } from './department.entity';
import { MembershipDepartmentEntity } from './membership-department.entity';
import { MembershipEntity } from './membership.entity';
import { OrganizationEntity } from './organization.entity';
import { UserSessionEntity } from './user-session.entity';
import { UserEntity } from './user.entity';

export {
  ApiTokenEntity,
  DepartmentEntity,
  MembershipDepartmentEntity,
  MembershipEntity,
  OrganizationEntity,
  UserEntity,
  UserSessionEntity,
};

/** Every entity, for the DataSource and the migration check. */
export const ENTITIES = [
  OrganizationEntity,
  DepartmentEntity,
  UserEntity,
  MembershipEntity,
  MembershipDepartmentEntity,
  UserSessionEntity,
  ApiTokenEntity,
];
