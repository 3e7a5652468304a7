import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A member of the programme’s steering group.' })
export class SteeringGroupMember {
  @Field()
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The department they speak for; null for none.',
  })
  departmentId!: string | null;
}

@ObjectType({
  description:
    'Who owns the programme beyond IT: the executive sponsor and the cross-functional steering group.',
})
export class ProgrammeGovernance {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { nullable: true })
  executiveSponsor!: string | null;

  @Field(() => [SteeringGroupMember])
  steeringGroup!: SteeringGroupMember[];
}

@InputType()
export class SteeringGroupMemberInput {
  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;
}

@InputType({
  description: 'Replaces the sponsor and the whole steering group.',
})
export class ProgrammeGovernanceInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { nullable: true })
  executiveSponsor?: string | null;

  @Field(() => [SteeringGroupMemberInput])
  steeringGroup!: SteeringGroupMemberInput[];
}
