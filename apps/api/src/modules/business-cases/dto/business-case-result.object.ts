import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class MonthlyCashFlow {
  @Field(() => Int, { description: '0 carries the one-time costs only.' })
  month!: number;

  @Field(() => Float)
  benefit!: number;

  @Field(() => Float)
  cost!: number;

  @Field(() => Float)
  net!: number;

  @Field(() => Float)
  cumulative!: number;
}

@ObjectType()
export class CaseFigures {
  @Field(() => Float, { nullable: true })
  paybackMonths!: number | null;

  @Field(() => Float)
  npv!: number;
}

@ObjectType({ description: 'Tornado data: the case with one driver 20 % lower and higher.' })
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
export class ScenarioResult {
  @Field({ description: 'CONSERVATIVE, EXPECTED or OPTIMISTIC.' })
  name!: string;

  @Field(() => Float, { nullable: true })
  paybackMonths!: number | null;

  @Field(() => Float)
  npv!: number;

  @Field(() => Float, { nullable: true })
  roi!: number | null;
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
}

@ObjectType({ description: 'Where the payback falls against the 14–22 months cloud ESM deployments report.' })
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

@ObjectType({ description: 'The business case of domain §8.' })
export class BusinessCaseResult {
  @Field(() => Float, { nullable: true, description: 'Months, interpolated; null when it does not pay back within the horizon.' })
  paybackMonths!: number | null;

  @Field(() => Float, { nullable: true })
  roi!: number | null;

  @Field(() => Float)
  npv!: number;

  @Field(() => Float, { nullable: true, description: 'Annual rate; null without a sign change.' })
  irr!: number | null;

  @Field(() => Float)
  costOfInaction!: number;

  @Field(() => Float, { description: 'FTEs the volume growth needs by the horizon’s end if nothing changes.' })
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
}
