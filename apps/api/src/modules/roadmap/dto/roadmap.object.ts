import {
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import type { DepartmentStatus } from '@esm-planner/domain-departments';
import type { PlanStatus, RolloutPhase } from '@esm-planner/domain-rollout';
import type { StartConstraint } from '@esm-planner/domain-roadmap';
import { DateScalar } from '../../../graphql/date.scalar';
import { DepartmentStatusEnum } from '../../departments/dto/department.enums';
import { Department } from '../../departments/dto/department.object';
import {
  PlanStatusEnum,
  RolloutPhaseDates,
  RolloutPhaseEnum,
} from './plan-phase.object';
import { RoadmapSettings } from './roadmap-settings.object';

export const ScheduleSourceEnum = { PLAN: 'PLAN', ROADMAP: 'ROADMAP' } as const;
export const StartConstraintEnum = {
  AS_OF: 'AS_OF',
  IT_STABILITY: 'IT_STABILITY',
  PREDECESSOR: 'PREDECESSOR',
  CAPACITY: 'CAPACITY',
} as const satisfies Record<StartConstraint, StartConstraint>;
registerEnumType(ScheduleSourceEnum, {
  name: 'ScheduleSource',
  description:
    'PLAN: the department’s saved plan; ROADMAP: placed by the scheduler.',
});
registerEnumType(StartConstraintEnum, {
  name: 'StartConstraint',
  description:
    'What decided a scheduled start: AS_OF (as soon as possible), IT_STABILITY, PREDECESSOR (the department before it in the order), CAPACITY (a slot frees).',
});

@ObjectType({
  description:
    'A gate on the roadmap: START (IT stability) or the plan’s next phase.',
})
export class RoadmapGate {
  @Field({ description: 'START or the phase the plan would enter next.' })
  name!: string;

  @Field()
  holds!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Every reason it does not hold, joined with "; "; null when it holds.',
  })
  reason!: string | null;
}

@ObjectType({
  description:
    'A saved plan sharing rollout-slot days (day 1 to day 61) with another.',
})
export class OverlappingPlan {
  @Field(() => ID)
  departmentId!: string;

  @Field()
  departmentName!: string;

  @Field(() => DateScalar, { description: 'Day 1.' })
  startDate!: string;

  @Field(() => DateScalar, {
    description: 'Day 61: the last day it occupies a slot.',
  })
  goLiveDate!: string;
}

/** What the roadmap and the programme overview say of a department's dates (their descriptions differ, so each declares its own order, goLiveDate and planStatus). */
@ObjectType({ isAbstract: true })
export abstract class ScheduledDepartmentFields {
  @Field(() => Department)
  department!: Department;

  @Field(() => DepartmentStatusEnum)
  status!: DepartmentStatus;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar, { description: 'Day 90.' })
  endDate!: string;

  @Field(() => ScheduleSourceEnum)
  source!: 'PLAN' | 'ROADMAP';
}

@ObjectType({
  description:
    'One department on the roadmap, with its plan’s dates (saved or scheduled).',
})
export class RoadmapItem extends ScheduledDepartmentFields {
  @Field(() => Int, { description: '1-based position in the roadmap’s order.' })
  order!: number;

  @Field(() => DateScalar, { description: 'Day 61: full rollout.' })
  goLiveDate!: string;

  @Field(() => PlanStatusEnum, {
    nullable: true,
    description: 'The saved plan’s status at asOf; null when scheduled only.',
  })
  planStatus!: PlanStatus | null;

  @Field(() => RolloutPhaseEnum, {
    nullable: true,
    description: 'The saved plan’s phase; null when scheduled only.',
  })
  currentPhase!: RolloutPhase | null;

  @Field(() => ID, { nullable: true })
  planId!: string | null;

  @Field(() => StartConstraintEnum, {
    nullable: true,
    description: 'What decided a scheduled start; null for saved plans.',
  })
  constraint!: StartConstraint | null;

  @Field()
  businessDays!: boolean;

  @Field({
    description:
      'True when the saved plan breaks maxConcurrentRollouts: judged against the plans created before it, as createRolloutPlan judges (created with allowOverCapacity). Always false for scheduled items.',
  })
  overCapacity!: boolean;

  @Field(() => [OverlappingPlan], {
    description:
      'When overCapacity: the other plans sharing its slot days, by start; else empty.',
  })
  overlappingPlans!: OverlappingPlan[];

  @Field(() => [RolloutPhaseDates])
  phases!: RolloutPhaseDates[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Projected annual net benefit (first full year at target deflection); null without an audit.',
  })
  annualNetBenefit!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'From the latest audit; the effort weight of the priority score.',
  })
  informalShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'annualNetBenefit ÷ (1 + informalShare); null without an audit.',
  })
  priorityScore!: number | null;

  @Field(() => [RoadmapGate])
  gates!: RoadmapGate[];
}

/** A complete week's requests and how many were deflected (IT stability and the programme overview). */
@ObjectType({ isAbstract: true })
export abstract class DeflectionWeekFields {
  @Field(() => DateScalar)
  weekStart!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  deflected!: number;

  @Field(() => Float, { nullable: true })
  deflectionRate!: number | null;
}

@ObjectType()
export class ItStabilityWeekReport extends DeflectionWeekFields {}

@ObjectType()
export class ItStabilityThresholdsReport {
  @Field(() => Int)
  minWeeklyRequests!: number;

  @Field(() => Float)
  minMeanDeflection!: number;

  @Field(() => Float)
  maxStdDeviation!: number;
}

@ObjectType({
  description:
    'Whether IT is stable at asOf (domain §6), over its last six complete weeks.',
})
export class ItStabilityReport {
  @Field(() => ID, {
    nullable: true,
    description:
      'The IT department judged; null when the organisation has none.',
  })
  departmentId!: string | null;

  @Field()
  stable!: boolean;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => Float, { nullable: true })
  meanDeflection!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Population standard deviation of the six weekly rates.',
  })
  stdDeflection!: number | null;

  @Field(() => [ItStabilityWeekReport], {
    description: 'The six complete weeks judged, oldest first.',
  })
  weeks!: ItStabilityWeekReport[];

  @Field(() => [String])
  reasons!: string[];

  @Field(() => ItStabilityThresholdsReport)
  thresholds!: ItStabilityThresholdsReport;

  @Field(() => DateScalar, {
    description:
      'From when non-IT plans may start: asOf when stable, else the projected date.',
  })
  stableFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'How stableFrom was projected; null when IT is stable.',
  })
  stableFromNote!: string | null;
}

@ObjectType({ description: 'The expansion roadmap at a date (domain §6).' })
export class Roadmap {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => Int)
  maxConcurrentRollouts!: number;

  @Field(() => [ID], {
    description: 'The department order used (saved, previewed or default).',
  })
  order!: string[];

  @Field(() => [RoadmapItem])
  items!: RoadmapItem[];

  @Field(() => ItStabilityReport)
  itStability!: ItStabilityReport;

  @Field(() => RoadmapSettings)
  settings!: RoadmapSettings;
}
