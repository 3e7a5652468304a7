import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  PLAN_STATUSES,
  PlanStatus,
  ROLLOUT_PHASES,
  RolloutPhase,
} from '@esm-planner/domain-rollout';
import { DateScalar } from '../../../graphql/date.scalar';
import { enumObject } from '../../../graphql/enum-object';

// The vocabulary of a 90-day plan that the roadmap lays out and the rollouts
// module runs: here, because rollouts imports roadmap and never the reverse.
export const RolloutPhaseEnum = enumObject<RolloutPhase>(ROLLOUT_PHASES);
export const PlanStatusEnum = enumObject<PlanStatus>(PLAN_STATUSES);

registerEnumType(RolloutPhaseEnum, {
  name: 'RolloutPhase',
  description: 'The four phases of the 90-day plan (domain §4).',
});
registerEnumType(PlanStatusEnum, {
  name: 'PlanStatus',
  description:
    'NOT_STARTED, ON_TRACK, AT_RISK (behind by > 10 % or a task overdue), LATE (behind by > 25 % or past day 90), DONE.',
});

@ObjectType({ description: 'A phase’s first and last date, both inclusive.' })
export class RolloutPhaseDates {
  @Field(() => RolloutPhaseEnum)
  name!: RolloutPhase;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar)
  endDate!: string;
}
