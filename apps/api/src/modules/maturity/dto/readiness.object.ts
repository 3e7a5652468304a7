import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { FailureMode, ReadinessState } from '@esm-planner/domain-maturity';
import { FailureModeEnum, ReadinessStateEnum } from './maturity.enums';

@ObjectType()
export class ReadinessCheck {
  @Field(() => FailureModeEnum)
  failureMode!: FailureMode;

  @Field()
  title!: string;

  @Field(() => ReadinessStateEnum)
  state!: ReadinessState;

  @Field(() => [String], {
    description: 'Why it fails or warns, in plain words.',
  })
  reasons!: string[];
}

@ObjectType({
  description:
    'The five failure modes with their state from data; ready when none FAILs.',
})
export class Readiness {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'null for the programme.' })
  departmentId!: string | null;

  @Field()
  ready!: boolean;

  @Field(() => [ReadinessCheck])
  checks!: ReadinessCheck[];
}
