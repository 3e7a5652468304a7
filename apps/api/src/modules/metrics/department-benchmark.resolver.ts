import { Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DepartmentKind } from '@esm-planner/domain-departments';
import { benchmarkFor, NO_TOUCH_REFERENCE } from '@esm-planner/domain-metrics';
import { Department } from '../departments/dto/department.object';
import { DeflectionBenchmark } from './dto/deflection-benchmark.object';

@Resolver(() => Department)
export class DepartmentBenchmarkResolver {
  @ResolveField(() => DeflectionBenchmark, { description: 'The deflection benchmark for the department’s kind.' })
  deflectionBenchmark(@Parent() department: Department): DeflectionBenchmark {
    return benchmarkFor({ kind: department.kind as DepartmentKind });
  }

  @ResolveField(() => Float, { description: 'No-touch resolution reference: this share of requests by week two (domain §3).' })
  noTouchReference(): number {
    return NO_TOUCH_REFERENCE.rate;
  }
}
