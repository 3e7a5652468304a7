import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DepartmentStatus } from '@esm-planner/domain-departments';
import type { PlanStatus, RolloutPhase } from '@esm-planner/domain-rollout';
import { DepartmentStatusEnum } from '../../departments/dto/department.enums';
import { DateScalar } from '../../../graphql/date.scalar';
import {
  PlanStatusEnum,
  RolloutPhaseDates,
  RolloutPhaseEnum,
} from '../../roadmap/dto/plan-phase.object';

@ObjectType({
  description: 'A task of a rollout plan, evaluated at the plan’s asOf.',
})
export class RolloutTask {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field()
  title!: string;

  @Field(() => RolloutPhaseEnum)
  phase!: RolloutPhase;

  @Field(() => String, { nullable: true })
  owner!: string | null;

  @Field(() => DateScalar, {
    description: 'Its own due date when set, else the end of its phase.',
  })
  dueDate!: string;

  @Field({
    description:
      'True when the due date was set on the task rather than taken from its phase.',
  })
  dueDateSet!: boolean;

  @Field()
  done!: boolean;

  @Field(() => Date, { nullable: true })
  doneAt!: Date | null;

  @Field({ description: 'Due before asOf and not done.' })
  overdue!: boolean;

  @Field(() => Int)
  position!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The standard task it was seeded from; null for added tasks.',
  })
  standardKey!: string | null;
}

@ObjectType({
  description:
    'The gate into the plan’s next phase: whether it holds now, and every reason it does not.',
})
export class PlanGate {
  @Field(() => RolloutPhaseEnum, {
    description: 'The phase the plan would enter.',
  })
  name!: RolloutPhase;

  @Field()
  holds!: boolean;

  @Field(() => [String])
  reasons!: string[];
}

@ObjectType({
  description: 'A department’s 90-day rollout plan at a date (domain §4).',
})
export class RolloutPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  departmentId!: string;

  @Field(() => DateScalar)
  startDate!: string;

  @Field()
  businessDays!: boolean;

  @Field({
    description:
      'True when the CoE created it over the roadmap’s capacity (createRolloutPlan with allowOverCapacity).',
  })
  allowOverCapacity!: boolean;

  @Field(() => DateScalar, {
    description:
      'The date the plan is evaluated at (default: the organisation’s today).',
  })
  asOf!: string;

  @Field(() => Int, {
    description: '1 on day 1; ≤ 0 before the plan starts; > 90 after it.',
  })
  dayNumber!: number;

  @Field(() => RolloutPhaseEnum, {
    description:
      'The phase the plan is in: it moves on only through advancePhase, when the gate holds.',
  })
  currentPhase!: RolloutPhase;

  @Field(() => RolloutPhaseEnum, {
    nullable: true,
    description:
      'The phase the calendar says it should be in at asOf; null before day 1.',
  })
  phaseByDate!: RolloutPhase | null;

  @Field(() => PlanStatusEnum)
  status!: PlanStatus;

  @Field(() => DepartmentStatusEnum, {
    description:
      'The department status its phase implies (AUDITING, BUILDING, PILOTING, LIVE).',
  })
  departmentStatus!: DepartmentStatus;

  @Field(() => Float, {
    nullable: true,
    description: 'Done tasks / all tasks; null without tasks.',
  })
  progress!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Tasks due before asOf / all tasks; null without tasks.',
  })
  expectedProgress!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'progress − expectedProgress; negative = behind.',
  })
  scheduleVariance!: number | null;

  @Field(() => DateScalar, { description: 'Day 61: full rollout.' })
  goLiveDate!: string;

  @Field(() => DateScalar, { description: 'Day 90.' })
  endDate!: string;

  @Field(() => [RolloutPhaseDates])
  phases!: RolloutPhaseDates[];

  @Field(() => [RolloutTask], { description: 'In phase order, then position.' })
  tasks!: RolloutTask[];

  @Field(() => PlanGate, {
    nullable: true,
    description: 'The gate into the next phase; null in the last phase.',
  })
  gate!: PlanGate | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
