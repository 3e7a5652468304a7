import {
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  REALISATION_STATUSES,
  RealisationStatus,
} from '@esm-planner/domain-business-case';
import { DateScalar } from '../../../graphql/date.scalar';

// The domain's own list, so the two cannot drift.
export const RealisationStatusEnum = Object.fromEntries(
  REALISATION_STATUSES.map((status) => [status, status]),
) as { [K in RealisationStatus]: K };
registerEnumType(RealisationStatusEnum, {
  name: 'RealisationStatus',
  description:
    'A department against its plan (domain §9): NOT_LIVE (no complete month with planned benefit yet), AHEAD (ratio ≥ 1.10), ON_TRACK (0.90 ≤ ratio < 1.10), BEHIND (< 0.90).',
});

@ObjectType({
  description:
    'One month of the programme: month 0 is the programme start (one-time costs), then months 1..horizon.',
})
export class ValueRealisationMonth {
  @Field(() => Int)
  month!: number;

  @Field(() => DateScalar, {
    description: 'First local day of the month (month 0: the programme start).',
  })
  startDate!: string;

  @Field(() => DateScalar, {
    description: 'Last local day of the month, included.',
  })
  endDate!: string;

  @Field({ description: 'The month’s last day is before asOf.' })
  complete!: boolean;

  @Field(() => Float, {
    description:
      'Σ of the departments’ planned benefit (the case’s own monthly benefit).',
  })
  plannedBenefit!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Σ of the departments’ realised benefit; null for a month not complete.',
  })
  realisedBenefit!: number | null;

  @Field(() => Float)
  cost!: number;

  @Field(() => Float, {
    description:
      'Complete month: realised − cost; later: Σ planned × ratio (1 when not live) − cost; month 0: −cost.',
  })
  forecastNet!: number;

  @Field(() => Float)
  forecastCumulative!: number;
}

@ObjectType({ description: 'One department in one case month (1..horizon).' })
export class DepartmentRealisationMonth {
  @Field(() => Int)
  month!: number;

  @Field(() => Float, {
    description: 'The case’s volume × deflection for the month.',
  })
  plannedDeflected!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Requests opened on the month’s days; null for a month not complete.',
  })
  actualTotal!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Of those, deflected (resolution DEFLECTED or NO_TOUCH); null for a month not complete.',
  })
  actualDeflected!: number | null;

  @Field(() => Float)
  plannedBenefit!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'actualDeflected × (cost per request − residual cost); null for a month not complete.',
  })
  realisedBenefit!: number | null;
}

@ObjectType({ description: 'A department of the case against what happened.' })
export class DepartmentRealisation {
  @Field(() => ID)
  departmentId!: string;

  @Field()
  name!: string;

  @Field(() => RealisationStatusEnum)
  status!: RealisationStatus;

  @Field(() => Float, {
    nullable: true,
    description:
      'Σ realised ÷ Σ planned over the complete months with planned benefit; null when there is none.',
  })
  realisationRatio!: number | null;

  @Field(() => Float, {
    description: 'Σ planned benefit over the complete months.',
  })
  plannedToDate!: number;

  @Field(() => Float, {
    description: 'Σ realised benefit over the complete months.',
  })
  realisedToDate!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'BEHIND only: the deflection rate it would need in every month not yet complete to deliver its planned benefit over the horizon (may exceed 1: no longer possible). Null otherwise.',
  })
  deflectionNeeded!: number | null;

  @Field(() => [DepartmentRealisationMonth])
  months!: DepartmentRealisationMonth[];
}

@ObjectType({
  description:
    'A saved business case measured against the request data that followed it (domain §9).',
})
export class ValueRealisation {
  @Field(() => ID)
  businessCaseId!: string;

  @Field(() => Int, { description: 'The version of the case measured.' })
  version!: number;

  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => DateScalar, { description: 'Month 0 of the case.' })
  programmeStart!: string;

  @Field(() => Int, {
    description: 'Months 1..horizon whose last day is before asOf.',
  })
  completeMonths!: number;

  @Field(() => Float)
  plannedToDate!: number;

  @Field(() => Float)
  realisedToDate!: number;

  @Field(() => Float, { description: 'realisedToDate − plannedToDate.' })
  varianceToDate!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The case’s own payback.',
  })
  plannedPaybackMonths!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Payback of the forecast flows; null when it does not pay back within the horizon.',
  })
  forecastPaybackMonths!: number | null;

  @Field(() => Float)
  forecastNpv!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Σ forecast benefits ÷ Σ costs − 1; null with no cost.',
  })
  forecastRoi!: number | null;

  @Field(() => [ValueRealisationMonth], {
    description: 'Month 0 to the horizon.',
  })
  months!: ValueRealisationMonth[];

  @Field(() => [DepartmentRealisation], {
    description:
      'In case order; a department head sees their own departments only.',
  })
  departments!: DepartmentRealisation[];
}
