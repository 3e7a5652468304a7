import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { BenchmarkSource } from '@esm-planner/domain-metrics';

export const BenchmarkSourceEnum = { PUBLISHED: 'PUBLISHED', ORGANIZATION: 'ORGANIZATION', ASSUMPTION: 'ASSUMPTION' } as const satisfies Record<BenchmarkSource, BenchmarkSource>;

registerEnumType(BenchmarkSourceEnum, {
  name: 'BenchmarkSource',
  description: 'PUBLISHED: the figure from live deployments; ORGANIZATION: set by the organisation; ASSUMPTION: 0.30 until one is set.',
});

@ObjectType({ description: 'The deflection a department should reach by month 3 after go-live (domain §3).' })
export class DeflectionBenchmark {
  @Field(() => Float, { description: 'A fraction in [0, 1].' })
  target!: number;

  @Field(() => BenchmarkSourceEnum)
  source!: BenchmarkSource;
}
