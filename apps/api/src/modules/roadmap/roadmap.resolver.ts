import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DateScalar } from '../../graphql/date.scalar';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest } from '../auth/request-context';
import { Roadmap } from './dto/roadmap.object';
import {
  RoadmapSettings,
  UpdateRoadmapSettingsInput,
} from './dto/roadmap-settings.object';
import { toSettingsObject } from './roadmap.mapper';
import { RoadmapService } from './roadmap.service';
import { RoadmapSettingsService } from './roadmap-settings.service';

// The caller's request goes to the services for what a department head may
// list (their own departments' rows), not for access: @Authorize decides that.
@Resolver(() => Roadmap)
export class RoadmapResolver {
  constructor(
    private readonly roadmaps: RoadmapService,
    private readonly settings: RoadmapSettingsService,
  ) {}

  @Query(() => Roadmap, {
    nullable: true,
    description:
      'Every department’s place on the roadmap at asOf (default: today), with gates and IT stability.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  roadmap(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('asOf', { type: () => DateScalar, nullable: true })
    asOf: string | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<Roadmap> {
    return this.roadmaps.visibleTo(req, organizationId, asOf);
  }

  @Query(() => Roadmap, {
    description:
      'What-if: the roadmap with another order and/or capacity. Saves nothing.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  previewRoadmap(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('asOf', { type: () => DateScalar, nullable: true })
    asOf: string | null,
    @Args('order', { type: () => [ID], nullable: true }) order: string[] | null,
    @Args('maxConcurrentRollouts', { type: () => Int, nullable: true })
    maxConcurrentRollouts: number | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<Roadmap> {
    return this.roadmaps.preview(req, organizationId, asOf, {
      order,
      maxConcurrentRollouts,
    });
  }

  @Query(() => RoadmapSettings)
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  async roadmapSettings(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<RoadmapSettings> {
    return toSettingsObject(await this.settings.visibleTo(req, organizationId));
  }

  @Mutation(() => RoadmapSettings, {
    description:
      'Capacity, IT-stability thresholds and the CoE’s order; each field validated by name.',
  })
  @Authorize('roadmap:write', {
    organizationId: (args) => args.input?.organizationId,
  })
  async updateRoadmapSettings(
    @Args('input') input: UpdateRoadmapSettingsInput,
  ): Promise<RoadmapSettings> {
    return toSettingsObject(await this.settings.update(input));
  }
}
