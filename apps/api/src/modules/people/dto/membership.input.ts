import { Field, ID, InputType } from '@nestjs/graphql';
import type { Role } from '@esm-planner/domain-access';
import { RoleEnum } from '../../auth/role.enum';

@InputType({
  description:
    'Gives a person a role in an organisation, or changes the role they have.',
})
export class MembershipInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Required (non-empty) for DEPARTMENT_HEAD, empty otherwise.',
  })
  departmentIds!: string[];
}
