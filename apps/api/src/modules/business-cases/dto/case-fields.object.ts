import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DepartmentKind } from '@esm-planner/domain-departments';
import { DepartmentKindEnum } from '../../../graphql/enums';

// The fields several business-case types share, declared once. Abstract
// types are not in the schema: each concrete type that extends one lists
// its fields as its own, so schema.gql is as before.

@ObjectType({ isAbstract: true })
export abstract class CaseDepartmentFields {
  @Field(() => Int)
  index!: number;

  @Field(() => ID, { nullable: true })
  departmentId!: string | null;

  @Field()
  label!: string;

  @Field(() => DepartmentKindEnum)
  kind!: DepartmentKind;
}

@ObjectType({ isAbstract: true })
export abstract class CashFlowFields {
  @Field(() => Float)
  benefit!: number;

  @Field(() => Float)
  cost!: number;

  @Field(() => Float)
  net!: number;
}

@ObjectType({ isAbstract: true })
export abstract class CashFlowMonthFields extends CashFlowFields {
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

@ObjectType({ isAbstract: true })
export abstract class CaseReturnFields extends CaseFigures {
  @Field(() => Float, { nullable: true })
  roi!: number | null;
}
