import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@esm-planner/domain-access';
import { RoleEnum } from '../../auth/role.enum';

@ObjectType({
  description:
    'A person with a role in the organisation, as its ADMINs see them.',
})
export class OrganizationMember {
  @Field(() => ID)
  userId!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [ID], {
    description: 'For a DEPARTMENT_HEAD: the departments they own.',
  })
  departmentIds!: string[];

  @Field({ description: 'The account is disabled (disableUser).' })
  disabled!: boolean;
}
