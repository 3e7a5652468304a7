import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { BenchmarkSource } from '@esm-planner/domain-metrics';

export const BenchmarkSourceEnum = {
  PUBLISHED: 'PUBLISHED',
  ORGANIZATION: 'ORGANIZATION',
  ASSUMPTION: 'ASSUMPTION',
} as const satisfies Record<BenchmarkSource, BenchmarkSource>;

registerEnumType(BenchmarkSourceEnum, {
  name: 'BenchmarkSource',
  description:
    'PUBLISHED: the figure from live deployments; ORGANIZATION: set by the organisation for the department (setDeflectionBenchmark); ASSUMPTION: 0.30 until one is set.',
});

@ObjectType({
  description:
    'The deflection a department should reach by month 3 after go-live (domain §3).',
})
export class DeflectionBenchmark {
  @Field(() => Float, { description: 'A fraction in [0, 1].' })
  target!: number;

  @Field(() => BenchmarkSourceEnum)
  source!: BenchmarkSource;

  @Field(() => Float, {
    nullable: true,
    description:
      'What the target would be without the organisation’s figure: the published benchmark for the kind, or the 0.30 assumption. Set on Department.deflectionBenchmark only.',
  })
  defaultTarget?: number | null;

  @Field(() => BenchmarkSourceEnum, {
    nullable: true,
    description: 'PUBLISHED or ASSUMPTION: the source of defaultTarget.',
  })
  defaultSource?: BenchmarkSource | null;
}
