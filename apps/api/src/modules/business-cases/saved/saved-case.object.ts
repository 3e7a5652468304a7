import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DepartmentKind } from '@esm-planner/domain-departments';
import { DateScalar } from '../../../graphql/date.scalar';
import { DepartmentKindEnum } from '../../departments/dto/department.enums';
import { BusinessCaseResult } from '../dto/business-case-result.object';

@ObjectType({
  description:
    'An input figure, where it came from, and its default (for a reset).',
})
export class SourcedValue {
  @Field(() => Float)
  value!: number;

  @Field({
    description: 'AUDIT, ROADMAP, PLAN, BENCHMARK, ASSUMPTION or ENTERED.',
  })
  source!: string;

  @Field(() => Float)
  defaultValue!: number;

  @Field()
  defaultSource!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType()
export class SavedCaseDepartment {
  @Field(() => ID)
  departmentId!: string;

  @Field()
  name!: string;

  @Field(() => DepartmentKindEnum)
  kind!: DepartmentKind;

  @Field(() => String, { nullable: true })
  vocabulary!: string | null;

  @Field(() => SourcedValue)
  monthlyVolume!: SourcedValue;

  @Field(() => SourcedValue)
  handlingMinutes!: SourcedValue;

  @Field(() => SourcedValue)
  targetDeflection!: SourcedValue;

  @Field(() => SourcedValue)
  goLiveMonth!: SourcedValue;

  @Field(() => SourcedValue)
  rampMonths!: SourcedValue;
}

@ObjectType()
export class SourcedDate {
  @Field(() => DateScalar)
  value!: string;

  @Field()
  source!: string;
}

@ObjectType({
  description: 'The global figures as saved (null: the model default).',
})
export class SavedCaseGlobals {
  @Field(() => Int, { nullable: true }) horizonMonths!: number | null;
  @Field(() => Float) loadedHourlyCost!: number;
  @Field(() => Float, { nullable: true }) annualVolumeGrowth!: number | null;
  @Field(() => Float, { nullable: true }) residualCostPerDeflected!:
    number | null;
  @Field(() => Float) oneTimeCosts!: number;
  @Field(() => Float, { nullable: true }) changeManagementCost!: number | null;
  @Field(() => Float) monthlyPlatformCost!: number;
  @Field(() => Float, { nullable: true }) monthlyCoeCost!: number | null;
  @Field(() => Float, { nullable: true }) annualDiscountRate!: number | null;
  @Field(() => Int, { nullable: true }) monteCarloRuns!: number | null;
  @Field(() => Int, { nullable: true }) seed!: number | null;
  @Field(() => DateScalar, { nullable: true }) programmeStart!: string | null;
}

@ObjectType()
export class BusinessCaseVersion {
  @Field(() => Int)
  version!: number;

  @Field()
  savedAt!: Date;

  @Field(() => ID, { nullable: true })
  savedBy!: string | null;
}

@ObjectType({
  description:
    'A saved business case: its latest version, evaluated against today’s audits and roadmap.',
})
export class BusinessCase {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  name!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Int, {
    description: 'The version shown (the latest unless one was asked for).',
  })
  version!: number;

  @Field()
  savedAt!: Date;

  @Field(() => SavedCaseGlobals)
  globals!: SavedCaseGlobals;

  @Field(() => SourcedDate)
  programmeStart!: SourcedDate;

  @Field(() => [SavedCaseDepartment])
  departments!: SavedCaseDepartment[];

  @Field(() => [ID], {
    description:
      'Departments saved in the case that the organisation no longer has.',
  })
  missingDepartmentIds!: string[];

  @Field(() => Int, {
    description:
      'Departments in the case whose lines the caller may not see (a department head: every department but their own). Their figures are in the totals; their rows are left out.',
  })
  hiddenDepartmentCount!: number;

  @Field(() => BusinessCaseResult, {
    description:
      'The model on the current values (ready for evaluateBusinessCase).',
  })
  result!: BusinessCaseResult;

  @Field(() => [BusinessCaseVersion], {
    description: 'Every saved version, newest first.',
  })
  versions!: BusinessCaseVersion[];
}

@ObjectType({ description: 'A saved case in a list.' })
export class BusinessCaseSummary {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Int)
  version!: number;

  @Field()
  savedAt!: Date;
}
