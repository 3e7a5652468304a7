import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import {
  CaseDepartmentFields,
  CaseFigures,
  CaseReturnFields,
  CashFlowMonthFields,
} from './case-fields.object';

@ObjectType({
  description:
    'What one department adds: the case with it minus the case without it.',
})
export class DepartmentMargin extends CaseDepartmentFields {
  @Field(() => Float)
  marginalBenefit!: number;

  @Field(() => Float, {
    description:
      'NPV(all departments) − NPV(all but this one). Platform costs are programme-level, so its marginal cost is 0.',
  })
  marginalNpv!: number;

  @Field(() => Float, { nullable: true })
  paybackWithout!: number | null;
}

@ObjectType({
  description:
    'The CIO’s view: what the platform costs and what each department adds.',
})
export class CioView extends CaseFigures {
  @Field(() => Float)
  monthlyPlatformCost!: number;

  @Field(() => Float)
  monthlyCoeCost!: number;

  @Field(() => Float)
  monthlyRunningCost!: number;

  @Field(() => Float)
  oneTimeCosts!: number;

  @Field(() => Float)
  changeManagementCost!: number;

  @Field(() => [DepartmentMargin])
  departments!: DepartmentMargin[];
}

@ObjectType({
  description: 'A department head’s view, in the department’s own words.',
})
export class DepartmentHeadView extends CaseDepartmentFields {
  @Field({ description: 'The department’s word for a unit of work.' })
  unit!: string;

  @Field()
  unitPlural!: string;

  @Field(() => Float)
  monthlyVolume!: number;

  @Field(() => Float)
  handlingMinutes!: number;

  @Field(() => Float)
  targetDeflection!: number;

  @Field({ description: 'ENTERED, BENCHMARK or ASSUMPTION.' })
  deflectionOrigin!: string;

  @Field(() => Int)
  goLiveMonth!: number;

  @Field(() => Int)
  fullDeflectionMonth!: number;

  @Field(() => Float, { description: 'Requests deflected over the horizon.' })
  requestsDeflected!: number;

  @Field(() => Float, {
    description: 'Agent hours handed back over the horizon.',
  })
  hoursReturned!: number;

  @Field(() => Float)
  benefit!: number;
}

@ObjectType()
export class FinanceMonth extends CashFlowMonthFields {
  @Field(() => Int)
  month!: number;

  @Field(() => Float, { description: 'net / (1 + r_m)^month.' })
  discountedNet!: number;

  @Field(() => Float)
  cumulativeDiscounted!: number;
}

@ObjectType({
  description: 'One figure the case rests on, with where it came from.',
})
export class CaseAssumption {
  @Field({ description: 'Field path, e.g. departments[1].monthlyVolume.' })
  field!: string;

  @Field(() => Float)
  value!: number;

  @Field()
  unit!: string;

  @Field({
    description:
      'AUDIT, ROADMAP, PLAN, BENCHMARK, ASSUMPTION, ENTERED or DEFAULT.',
  })
  source!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({
  description:
    'Finance’s view: cash flow, investment figures and every assumption with its source.',
})
export class FinanceView extends CaseReturnFields {
  @Field(() => [FinanceMonth])
  monthly!: FinanceMonth[];

  @Field(() => Float, { nullable: true })
  irr!: number | null;

  @Field(() => Float)
  annualDiscountRate!: number;

  @Field(() => Float)
  monthlyDiscountRate!: number;

  @Field(() => [CaseAssumption])
  assumptions!: CaseAssumption[];
}
