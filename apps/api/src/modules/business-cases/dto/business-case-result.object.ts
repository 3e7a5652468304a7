import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type {
  AssumptionSources,
  BusinessCaseInput,
} from '@esm-planner/domain-business-case';
import {
  CaseFigures,
  CaseReturnFields,
  CashFlowFields,
  CashFlowMonthFields,
} from './case-fields.object';

export { CaseFigures };

export type EvaluatedCase = {
  input: BusinessCaseInput;
  sources: AssumptionSources;
  /** Set for a department head reading a saved case: the departments whose lines the views keep (saved/case-for-scope.ts). */
  visibleDepartmentIds?: readonly string[];
};

@ObjectType()
export class MonthlyCashFlow extends CashFlowMonthFields {
  @Field(() => Int, { description: '0 carries the one-time costs only.' })
  month!: number;
}

@ObjectType({
  description: 'Tornado data: the case with one driver 20 % lower and higher.',
})
export class SensitivityRow {
  @Field()
  driver!: string;

  @Field(() => CaseFigures)
  low!: CaseFigures;

  @Field(() => CaseFigures)
  high!: CaseFigures;

  @Field(() => Float)
  npvSwing!: number;
}

@ObjectType()
export class ScenarioResult extends CaseReturnFields {
  @Field({ description: 'CONSERVATIVE, EXPECTED or OPTIMISTIC.' })
  name!: string;
}

@ObjectType({
  description:
    'One bar of a histogram: from ≤ value < to (the last bar also holds value = to).',
})
export class HistogramBin {
  @Field(() => Float)
  from!: number;

  @Field(() => Float)
  to!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class MonteCarloResult {
  @Field(() => Int)
  runs!: number;

  @Field(() => Int)
  seed!: number;

  @Field(() => Float, { nullable: true })
  p10Payback!: number | null;

  @Field(() => Float, { nullable: true })
  p50Payback!: number | null;

  @Field(() => Float, { nullable: true })
  p90Payback!: number | null;

  @Field(() => Float)
  p10Npv!: number;

  @Field(() => Float)
  p50Npv!: number;

  @Field(() => Float)
  p90Npv!: number;

  @Field(() => Float)
  probabilityOfPayback!: number;

  @Field(() => [HistogramBin], {
    description: 'NPV over all runs, 20 equal-width bars.',
  })
  npvHistogram!: HistogramBin[];

  @Field(() => [HistogramBin], {
    description: 'Payback months of the runs that pay back, whole-month bars.',
  })
  paybackHistogram!: HistogramBin[];

  @Field(() => Int, {
    description:
      'Runs that do not pay back within the horizon (not in paybackHistogram).',
  })
  runsWithoutPayback!: number;
}

@ObjectType({
  description:
    'Where the payback falls against the 14–22 months cloud ESM deployments report.',
})
export class BenchmarkPayback {
  @Field(() => Int)
  low!: number;

  @Field(() => Int)
  high!: number;

  @Field({ description: 'FASTER, WITHIN, SLOWER or NEVER.' })
  position!: string;
}

@ObjectType()
export class BusinessCaseWarning {
  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field()
  message!: string;
}

@ObjectType()
export class CaseTotals extends CashFlowFields {}

@ObjectType({ description: 'The business case of domain §8.' })
export class BusinessCaseResult extends CaseReturnFields {
  @Field(() => Float, {
    nullable: true,
    description:
      'Months, interpolated; null when it does not pay back within the horizon.',
  })
  declare paybackMonths: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Annual rate; null without a sign change.',
  })
  irr!: number | null;

  @Field(() => Float)
  costOfInaction!: number;

  @Field(() => Float, {
    description:
      'FTEs the volume growth needs by the horizon’s end if nothing changes.',
  })
  extraFtes!: number;

  @Field(() => Float, { nullable: true })
  changeManagementShare!: number | null;

  @Field(() => [BusinessCaseWarning])
  warnings!: BusinessCaseWarning[];

  @Field(() => BenchmarkPayback)
  benchmarkPayback!: BenchmarkPayback;

  @Field(() => [MonthlyCashFlow])
  monthly!: MonthlyCashFlow[];

  @Field(() => [SensitivityRow])
  sensitivity!: SensitivityRow[];

  @Field(() => [ScenarioResult])
  scenarios!: ScenarioResult[];

  @Field(() => MonteCarloResult, { nullable: true })
  monteCarlo!: MonteCarloResult | null;

  @Field(() => CaseTotals, {
    description: 'Σ benefit, Σ cost and the final cumulative, undiscounted.',
  })
  totals!: CaseTotals;

  /** The validated input and the sources, for the audience views (not in the schema). */
  evaluated!: EvaluatedCase;
}
