import { Field, ID, InputType } from '@nestjs/graphql';
import type { RolloutPhase } from '@esm-planner/domain-rollout';
import { DateScalar } from '../../../graphql/date.scalar';
import { RolloutPhaseEnum } from '../../roadmap/dto/plan-phase.object';

@InputType({
  description: 'A task added to a plan by the CoE or the department head.',
})
export class AddRolloutTaskInput {
  @Field(() => ID)
  planId!: string;

  @Field()
  title!: string;

  @Field(() => RolloutPhaseEnum)
  phase!: RolloutPhase;

  @Field(() => String, { nullable: true })
  owner?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Default: the end of the phase.',
  })
  dueDate?: string | null;
}

@InputType({
  description:
    'Only the fields given change; null clears owner or due date (back to the phase end).',
})
export class UpdateRolloutTaskInput {
  @Field({ nullable: true })
  title?: string;

  @Field(() => RolloutPhaseEnum, { nullable: true })
  phase?: RolloutPhase;

  @Field(() => String, { nullable: true })
  owner?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueDate?: string | null;
}
