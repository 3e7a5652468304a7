import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppError } from '../../common/app-error';
import { DateScalar } from '../../graphql/date.scalar';
import { Authorize } from '../auth/authorize.decorator';
import { AccessPolicy } from '../auth/access-policy.service';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest } from '../auth/request-context';
import { Roadmap } from './dto/roadmap.object';
import { RoadmapSettings, UpdateRoadmapSettingsInput } from './dto/roadmap-settings.object';
import { toSettingsObject } from './roadmap.mapper';
import { RoadmapService } from './roadmap.service';
import { RoadmapSettingsService } from './roadmap-settings.service';

@Resolver(() => Roadmap)
export class RoadmapResolver {
  constructor(
    private readonly roadmaps: RoadmapService,
    private readonly settings: RoadmapSettingsService,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => Roadmap, { nullable: true, description: 'Every department’s place on the roadmap at asOf (default: today), with gates and IT stability.' })
  @Authorize('organization:read', { organizationId: (args) => args.organizationId })
  async roadmap(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('asOf', { type: () => DateScalar, nullable: true }) asOf: string | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<Roadmap> {
    return this.visible(req, await this.roadmaps.build(organizationId, asOf));
  }

  @Query(() => Roadmap, { description: 'What-if: the roadmap with another order and/or capacity. Saves nothing.' })
  @Authorize('organization:read', { organizationId: (args) => args.organizationId })
  async previewRoadmap(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('asOf', { type: () => DateScalar, nullable: true }) asOf: string | null,
    @Args('order', { type: () => [ID], nullable: true }) order: string[] | null,
    @Args('maxConcurrentRollouts', { type: () => Int, nullable: true }) maxConcurrentRollouts: number | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<Roadmap> {
    const problems = await this.settings.orderAndCapacityProblems(organizationId, order, maxConcurrentRollouts);
    if (problems.length > 0) throw AppError.badInput(problems);
    return this.visible(req, await this.roadmaps.build(organizationId, asOf, { order, maxConcurrentRollouts }));
  }

  @Query(() => RoadmapSettings)
  @Authorize('organization:read', { organizationId: (args) => args.organizationId })
  async roadmapSettings(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<RoadmapSettings> {
    const settings = toSettingsObject(await this.settings.get(organizationId));
    // The saved order is a list of department ids: a department head sees only their own in it.
    const visible = await this.policy.visibleDepartments(req, organizationId);
    return visible === 'ALL' ? settings : { ...settings, order: settings.order.filter((id) => visible.includes(id)) };
  }

  @Mutation(() => RoadmapSettings, { description: 'Capacity, IT-stability thresholds and the CoE’s order; each field validated by name.' })
  @Authorize('roadmap:write', { organizationId: (args) => args.input?.organizationId })
  async updateRoadmapSettings(@Args('input') input: UpdateRoadmapSettingsInput): Promise<RoadmapSettings> {
    return toSettingsObject(await this.settings.update(input));
  }

  // A department head sees the organisation's schedule (an aggregate) but only
  // their own departments' rows (api.md): the others are scheduled, not listed.
  private async visible(req: ApiRequest, roadmap: Roadmap): Promise<Roadmap> {
    const visible = await this.policy.visibleDepartments(req, roadmap.organizationId);
    if (visible === 'ALL') return roadmap;
    return {
      ...roadmap,
      order: roadmap.order.filter((id) => visible.includes(id)),
      items: roadmap.items.filter((item) => visible.includes(item.department.id)),
    };
  }
}
