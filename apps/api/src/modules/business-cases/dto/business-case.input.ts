import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { DepartmentKind } from '@esm-planner/domain-departments';
import { DepartmentKindEnum } from '../../departments/dto/department.enums';

@InputType({ description: 'One department in a business case (domain §8).' })
export class DepartmentCaseInput {
  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => DepartmentKindEnum)
  kind!: DepartmentKind;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Float, {
    description: 'Requests a month (from the audit, or entered).',
  })
  monthlyVolume!: number;

  @Field(() => Float, { description: 'Agent minutes per request.' })
  handlingMinutes!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Default: the department’s benchmark (domain §3) — the organisation’s figure for the department named by departmentId, else the published one for the kind; 0.30, an assumption, without either.',
  })
  targetDeflection?: number | null;

  @Field(() => Int, {
    description: 'Month (1-based) the department goes live.',
  })
  goLiveMonth!: number;

  @Field(() => Int, { defaultValue: 3 })
  rampMonths!: number;
}

@InputType({
  description:
    'A business case (domain §8). Money in the organisation’s currency; rates are fractions.',
})
export class BusinessCaseInput {
  @Field(() => Int, { defaultValue: 36 })
  horizonMonths!: number;

  @Field(() => Float)
  loadedHourlyCost!: number;

  @Field(() => Float, { defaultValue: 0 })
  annualVolumeGrowth!: number;

  @Field(() => Float, { defaultValue: 0 })
  residualCostPerDeflected!: number;

  @Field(() => Float)
  oneTimeCosts!: number;

  @Field(() => Float, { defaultValue: 0 })
  changeManagementCost!: number;

  @Field(() => Float)
  monthlyPlatformCost!: number;

  @Field(() => Float, { defaultValue: 0 })
  monthlyCoeCost!: number;

  @Field(() => Float, { defaultValue: 0.08 })
  annualDiscountRate!: number;

  @Field(() => Int, { defaultValue: 0 })
  monteCarloRuns!: number;

  @Field(() => Int, { defaultValue: 1 })
  seed!: number;

  @Field(() => [DepartmentCaseInput])
  departments!: DepartmentCaseInput[];
}
