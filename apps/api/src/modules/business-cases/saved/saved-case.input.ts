import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/date.scalar';

@InputType({
  description:
    'A department of a saved case; a figure left out follows its default (audit, roadmap, benchmark).',
})
export class SavedDepartmentInput {
  @Field(() => ID)
  departmentId!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Override; default: the latest audit’s monthly volume.',
  })
  monthlyVolume?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Override; default: the latest audit’s average handling minutes.',
  })
  handlingMinutes?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Override; default: the department’s benchmark (the organisation’s figure, else the published one for its kind).',
  })
  targetDeflection?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Override; default: from day 61 of the roadmap’s or plan’s schedule.',
  })
  goLiveMonth?: number | null;

  @Field(() => Int, { nullable: true, description: 'Override; default 3.' })
  rampMonths?: number | null;
}

@InputType({
  description:
    'What a saved case stores: the global figures and per-department overrides.',
})
export class SavedCaseInputsInput {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Month 0; default: the earliest scheduled plan start, else today.',
  })
  programmeStart?: string | null;

  @Field(() => Int, { nullable: true })
  horizonMonths?: number | null;

  @Field(() => Float)
  loadedHourlyCost!: number;

  @Field(() => Float, { nullable: true })
  annualVolumeGrowth?: number | null;

  @Field(() => Float, { nullable: true })
  residualCostPerDeflected?: number | null;

  @Field(() => Float)
  oneTimeCosts!: number;

  @Field(() => Float, { nullable: true })
  changeManagementCost?: number | null;

  @Field(() => Float)
  monthlyPlatformCost!: number;

  @Field(() => Float, { nullable: true })
  monthlyCoeCost?: number | null;

  @Field(() => Float, { nullable: true })
  annualDiscountRate?: number | null;

  @Field(() => Int, { nullable: true })
  monteCarloRuns?: number | null;

  @Field(() => Int, { nullable: true })
  seed?: number | null;

  @Field(() => [SavedDepartmentInput])
  departments!: SavedDepartmentInput[];
}

@InputType()
export class SaveBusinessCaseInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Absent: a new case. Present: a new version of that case.',
  })
  id?: string | null;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  name!: string;

  @Field(() => SavedCaseInputsInput)
  inputs!: SavedCaseInputsInput;
}
