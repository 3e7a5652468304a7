import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Grain } from '@esm-planner/domain-metrics';
import { DateScalar } from '../../graphql/date.scalar';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest } from '../auth/request-context';
import { ChannelVolumePoint } from './dto/channel-volume-point.object';
import { DepartmentDeflection } from './dto/department-deflection.object';
import { GrainEnum, MetricPoint } from './dto/metric-point.object';
import { MetricsService } from './metrics.service';

@Resolver(() => MetricPoint)
export class MetricsResolver {
  constructor(private readonly metrics: MetricsService) {}

  @Query(() => [MetricPoint], {
    description:
      'One point per week or month overlapping [from, to], oldest first, empty periods included (domain §3).',
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

  @Query(() => [ChannelVolumePoint], {
    description:
      'Requests per channel for every week or month overlapping [from, to] (request-level data), oldest first, channels by name.',
  })
  @Authorize('department:read', { departmentId: (args) => args.departmentId })
  channelVolume(
    @Args('departmentId', { type: () => ID }) departmentId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('grain', { type: () => GrainEnum }) grain: Grain,
  ): Promise<ChannelVolumePoint[]> {
    return this.metrics.channelVolume({ departmentId, from, to, grain });
  }

  @Query(() => [DepartmentDeflection], {
    description:
      'Each department’s deflection over the days [from, to] against its benchmark; a department head sees their own departments only.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  organizationDeflection(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<DepartmentDeflection[]> {
    return this.metrics.organizationDeflection(req, {
      organizationId,
      from,
      to,
    });
  }
}
