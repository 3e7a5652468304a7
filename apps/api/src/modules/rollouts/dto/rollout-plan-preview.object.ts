import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/date.scalar';
import { OverlappingPlan } from '../../roadmap/dto/roadmap.object';

@ObjectType({
  description:
    'A department without a plan whose scheduled start the new plan would move (domain §4).',
})
export class RoadmapMove {
  @Field(() => ID)
  departmentId!: string;

  @Field()
  departmentName!: string;

  @Field(() => DateScalar)
  fromStart!: string;

  @Field(() => DateScalar)
  toStart!: string;

  @Field(() => DateScalar)
  fromGoLive!: string;

  @Field(() => DateScalar)
  toGoLive!: string;
}

@ObjectType({
  description:
    'What createRolloutPlan would do with these arguments, before it is called: saves nothing.',
})
export class RolloutPlanPreview {
  @Field(() => ID)
  departmentId!: string;

  @Field(() => DateScalar, {
    description:
      'The department’s start on today’s roadmap: the start when none is given.',
  })
  roadmapStartDate!: string;

  @Field(() => DateScalar, {
    description: 'Day 1 of the plan as asked (or the roadmap’s date).',
  })
  startDate!: string;

  @Field(() => DateScalar, {
    description: 'Day 61: the last day the plan occupies a rollout slot.',
  })
  goLiveDate!: string;

  @Field(() => DateScalar, { description: 'Day 90.' })
  endDate!: string;

  @Field()
  businessDays!: boolean;

  @Field(() => Int)
  maxConcurrentRollouts!: number;

  @Field({
    description:
      'False when the start would leave more than maxConcurrentRollouts plans in a slot: createRolloutPlan refuses it with CONFLICT unless allowOverCapacity.',
  })
  fits!: boolean;

  @Field(() => DateScalar, {
    description:
      'The first start from the asked one on that fits (the asked start when it fits).',
  })
  earliestStart!: string;

  @Field(() => [OverlappingPlan], {
    description: 'Saved plans whose days 1–61 share a day with this plan’s.',
  })
  overlappingPlans!: OverlappingPlan[];

  @Field(() => [RoadmapMove], {
    description:
      'Departments without a plan whose scheduled start moves, in roadmap order.',
  })
  moves!: RoadmapMove[];
}
