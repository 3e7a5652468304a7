import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@esm-planner/domain-access';
import { RoleEnum } from '../../auth/role.enum';

@ObjectType({ description: 'A person’s role in one organisation.' })
export class Membership {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [ID], {
    description: 'For a DEPARTMENT_HEAD: the departments they own.',
  })
  departmentIds!: string[];
}
