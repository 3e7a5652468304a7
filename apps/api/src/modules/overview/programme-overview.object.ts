import {
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import type { DepartmentStatus } from '@esm-planner/domain-departments';
import type { MaturityTrend } from '@esm-planner/domain-maturity';
import type { PlanStatus, RolloutPhase } from '@esm-planner/domain-rollout';
import { DateScalar } from '../../graphql/date.scalar';
import { DepartmentStatusEnum } from '../departments/dto/department.enums';
import { Department } from '../departments/dto/department.object';
import { ReadinessCheck } from '../maturity/dto/readiness.object';
import {
  DeflectionWeekFields,
  ItStabilityReport,
  ScheduledDepartmentFields,
} from '../roadmap/dto/roadmap.object';
import {
  PlanStatusEnum,
  RolloutPhaseEnum,
} from '../roadmap/dto/plan-phase.object';

export const MaturityTrendEnum = {
  FIRST: 'FIRST',
  UP: 'UP',
  SAME: 'SAME',
  DOWN: 'DOWN',
} as const satisfies Record<MaturityTrend, MaturityTrend>;
registerEnumType(MaturityTrendEnum, {
  name: 'MaturityTrend',
  description:
    'The latest assessment’s overall score against the one before: UP, SAME, DOWN; FIRST without an earlier one.',
});

@ObjectType({
  description:
    'A department on the overview’s timeline: its status and its plan’s dates (saved or scheduled).',
})
export class OverviewDepartment extends ScheduledDepartmentFields {
  @Field(() => Int, { description: 'Position in the roadmap’s order.' })
  order!: number;

  @Field(() => DateScalar, { description: 'Day 61.' })
  goLiveDate!: string;

  @Field(() => PlanStatusEnum, { nullable: true })
  planStatus!: PlanStatus | null;
}

@ObjectType({
  description:
    'How many of the organisation’s departments are in a status (every department, whoever asks).',
})
export class DepartmentStatusCount {
  @Field(() => DepartmentStatusEnum)
  status!: DepartmentStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ProgrammeDeflectionWeek extends DeflectionWeekFields {}

@ObjectType({
  description:
    'The organisation’s deflection over its last 13 complete weeks against the benchmark its departments’ volumes imply.',
})
export class ProgrammeDeflection {
  @Field(() => DateScalar, { description: 'Monday of the first week.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Sunday of the last week.' })
  to!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  deflected!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'deflected ÷ total; null without requests.',
  })
  deflectionRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Σ total_d × benchmark_d ÷ Σ total_d over the departments’ requests; null without requests.',
  })
  benchmark!: number | null;

  @Field(() => Float, { nullable: true })
  gapToBenchmark!: number | null;

  @Field(() => [ProgrammeDeflectionWeek], {
    description: 'The 13 weeks, oldest first.',
  })
  weeks!: ProgrammeDeflectionWeek[];
}

@ObjectType({
  description:
    'The programme’s maturity: the latest organisation-level assessment and its trend.',
})
export class OverviewMaturity {
  @Field(() => Int)
  stage!: number;

  @Field()
  stageName!: string;

  @Field(() => Float)
  overallScore!: number;

  @Field()
  assessedAt!: Date;

  @Field(() => MaturityTrendEnum)
  trend!: MaturityTrend;

  @Field(() => Int, { nullable: true })
  previousStage!: number | null;

  @Field(() => String, { nullable: true })
  previousStageName!: string | null;

  @Field(() => Float, { nullable: true })
  previousOverallScore!: number | null;

  @Field(() => Date, { nullable: true })
  previousAssessedAt!: Date | null;
}

@ObjectType({
  description:
    'The latest saved case against what happened (domain §9), programme figures.',
})
export class OverviewBusinessCase {
  @Field(() => ID)
  businessCaseId!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => DateScalar)
  programmeStart!: string;

  @Field(() => Int)
  completeMonths!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'The case’s own payback; null when it does not pay back within the horizon.',
  })
  plannedPaybackMonths!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The re-forecast payback from the actuals; null when it does not pay back.',
  })
  forecastPaybackMonths!: number | null;

  @Field(() => Float)
  plannedToDate!: number;

  @Field(() => Float, {
    description: 'Value to date: the benefit realised in the complete months.',
  })
  realisedToDate!: number;

  @Field(() => Float)
  varianceToDate!: number;
}

@ObjectType({
  description:
    'The latest saved case when it cannot be measured: its inputs are not valid under today’s facts.',
})
export class OverviewCaseProblem {
  @Field(() => ID)
  businessCaseId!: string;

  @Field()
  name!: string;

  @Field(() => [String], {
    description: 'What is wrong with its inputs, in plain words.',
  })
  messages!: string[];
}

@ObjectType({
  description:
    'A department BEHIND its plan after two complete months of planned benefit.',
})
export class BehindPlanDepartment {
  @Field(() => ID)
  departmentId!: string;

  @Field()
  name!: string;

  @Field(() => Float)
  realisationRatio!: number;

  @Field(() => Int)
  monthsWithPlannedBenefit!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'The deflection it would need in every remaining month to deliver its plan; null when no rate can.',
  })
  deflectionNeeded!: number | null;

  @Field(() => Float)
  plannedToDate!: number;

  @Field(() => Float)
  realisedToDate!: number;
}

@ObjectType({
  description: 'A rollout’s next phase gate and what it still needs.',
})
export class NextGate {
  @Field(() => Department)
  department!: Department;

  @Field(() => ID)
  planId!: string;

  @Field(() => RolloutPhaseEnum)
  currentPhase!: RolloutPhase;

  @Field(() => RolloutPhaseEnum, {
    description: 'The phase the plan would enter next.',
  })
  nextPhase!: RolloutPhase;

  @Field()
  holds!: boolean;

  @Field(() => [String], {
    description: 'What it still needs; empty when it holds.',
  })
  needs!: string[];
}

@ObjectType({
  description:
    'What an IT leader sees first (api.md programmeOverview); a department head: organisation aggregates and their own departments’ rows.',
})
export class ProgrammeOverview {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => DateScalar)
  asOf!: string;

  @Field()
  currency!: string;

  @Field(() => [OverviewDepartment], { description: 'In roadmap order.' })
  departments!: OverviewDepartment[];

  @Field(() => [DepartmentStatusCount], {
    description: 'Every status, PLANNED to LIVE.',
  })
  statusCounts!: DepartmentStatusCount[];

  @Field(() => ItStabilityReport)
  itStability!: ItStabilityReport;

  @Field(() => ProgrammeDeflection)
  deflection!: ProgrammeDeflection;

  @Field(() => OverviewMaturity, {
    nullable: true,
    description: 'Null before the first organisation-level assessment.',
  })
  maturity!: OverviewMaturity | null;

  @Field(() => OverviewBusinessCase, {
    nullable: true,
    description: 'Null before the first saved case.',
  })
  businessCase!: OverviewBusinessCase | null;

  @Field(() => OverviewCaseProblem, {
    nullable: true,
    description:
      'Set instead of businessCase when the latest case cannot be measured.',
  })
  businessCaseProblem!: OverviewCaseProblem | null;

  @Field(() => [BehindPlanDepartment], { description: 'Worst ratio first.' })
  behindPlan!: BehindPlanDepartment[];

  @Field(() => [ReadinessCheck], {
    description: 'The programme’s readiness checks that FAIL.',
  })
  readinessFailures!: ReadinessCheck[];

  @Field(() => [NextGate])
  nextGates!: NextGate[];
}
