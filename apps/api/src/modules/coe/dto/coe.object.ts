import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { CoeRole } from '@esm-planner/domain-maturity';
import { CoeRoleEnum } from './coe.enums';

@ObjectType({ description: 'One CoE role and the people in it.' })
export class CoeRoleAssignees {
  @Field(() => CoeRoleEnum)
  role!: CoeRole;

  @Field(() => [String], { description: 'By name.' })
  assignees!: string[];
}

@ObjectType({
  description:
    'The Centre of Excellence (domain §7): the seven roles with their assignees.',
})
export class Coe {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => [CoeRoleAssignees], {
    description: 'All seven roles in order, staffed or not.',
  })
  roles!: CoeRoleAssignees[];

  @Field(() => Float, { description: 'Roles with at least one assignee ÷ 7.' })
  coverage!: number;
}

@InputType()
export class CoeRoleInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => CoeRoleEnum)
  role!: CoeRole;

  @Field({
    description:
      'A person’s name; the same name (ignoring case and spaces) is one person.',
  })
  assignee!: string;
}
