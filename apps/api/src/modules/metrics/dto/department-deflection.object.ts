import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Department } from '../../departments/dto/department.object';
import { DeflectionBenchmark } from './deflection-benchmark.object';

@ObjectType({
  description:
    'One department’s deflection over a date range against its benchmark (request-level data, domain §3).',
})
export class DepartmentDeflection {
  @Field(() => Department)
  department!: Department;

  @Field(() => Int, { description: 'Requests opened in the range.' })
  total!: number;

  @Field(() => Int)
  deflected!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'deflected / total; null when no requests were opened.',
  })
  deflectionRate!: number | null;

  @Field(() => DeflectionBenchmark)
  benchmark!: DeflectionBenchmark;

  @Field({
    description:
      'True when the target is the 0.30 assumption (no published or organisation figure).',
  })
  benchmarkIsAssumption!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'deflectionRate − benchmark target (negative: below target); null without a rate.',
  })
  gapToBenchmark!: number | null;
}
