import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Grain } from '@esm-planner/domain-metrics';
import { DateScalar } from '../../graphql/date.scalar';
import { Authorize } from '../auth/authorize.decorator';
import { GrainEnum, MetricPoint } from './dto/metric-point.object';
import { MetricsService } from './metrics.service';

@Resolver(() => MetricPoint)
export class MetricsResolver {
  constructor(private readonly metrics: MetricsService) {}

  @Query(() => [MetricPoint], {
    description: 'One point per week or month overlapping [from, to], oldest first, empty periods included (domain §3).',
  })
  @Authorize('department:read', { departmentId: (args) => args.departmentId })
  serviceMetrics(
    @Args('departmentId', { type: () => ID }) departmentId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('grain', { type: () => GrainEnum }) grain: Grain,
  ): Promise<MetricPoint[]> {
    return this.metrics.serviceMetrics({ departmentId, from, to, grain });
  }
}
