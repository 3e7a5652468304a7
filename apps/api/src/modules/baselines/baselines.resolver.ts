import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AccessPolicy } from '../auth/access-policy.service';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest, GraphQLContext } from '../auth/request-context';
import { Department } from '../departments/dto/department.object';
import { DepartmentsService } from '../departments/departments.service';
import { AuditFromRequestsService } from './audit-from-requests.service';
import { BaselinesService } from './baselines.service';
import { AuditFromRequestsInput } from './dto/audit-from-requests.input';
import { Baseline, RequestTypeVolume } from './dto/baseline.object';
import { LatestBaselineLoader } from './latest-baseline.loader';

const MAX_TOP = 100;

@Resolver(() => Baseline)
export class BaselinesResolver {
  constructor(
    private readonly baselines: BaselinesService,
    private readonly departments: DepartmentsService,
    private readonly fromRequests: AuditFromRequestsService,
    private readonly policy: AccessPolicy,
  ) {}

  @Mutation(() => [Baseline], {
    description:
      'Builds each department’s audit from its request records opened in the window (domain §2, source REQUESTS), replacing its audit for the same window. ADMIN and COE, or a department head for their own departments; all or nothing.',
  })
  createAuditFromRequests(
    @Args('input') input: AuditFromRequestsInput,
    @CurrentRequest() req: ApiRequest,
  ): Promise<Baseline[]> {
    return this.fromRequests.create(req, input);
  }

  @Query(() => Baseline, {
    nullable: true,
    description:
      'The department’s latest audit baseline (domain §2); null before its first audit.',
  })
  @Authorize('department:read', { departmentId: (args) => args.departmentId })
  async baseline(
    @Args('departmentId', { type: () => ID }) departmentId: string,
  ): Promise<Baseline | null> {
    return this.baselines.latest(await this.policy.departmentKey(departmentId));
  }

  @Query(() => [Baseline], {
    description: 'Every audit window of the department, latest first.',
  })
  @Authorize('department:read', { departmentId: (args) => args.departmentId })
  async baselineHistory(
    @Args('departmentId', { type: () => ID }) departmentId: string,
  ): Promise<Baseline[]> {
    return this.baselines.history(
      await this.policy.departmentKey(departmentId),
    );
  }

  @Query(() => Baseline, {
    nullable: true,
    description:
      'All departments’ latest audits combined (see docs/domain/audit.md); null before any audit.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  async organizationBaseline(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<Baseline | null> {
    // An aggregate: a department head sees it too, though not the other
    // departments' rows (api.md).
    const all = await this.departments.idsOf(organizationId);
    return this.baselines.ofOrganization(
      all.map((id) => ({ organizationId, id })),
    );
  }

  @ResolveField(() => [RequestTypeVolume], {
    description:
      'Request types by count (ties by name), with the Pareto cumulative share.',
  })
  topRequestTypes(
    @Parent() baseline: Baseline,
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
  ): RequestTypeVolume[] {
    return baseline.requestTypes.slice(
      0,
      Math.max(0, Math.min(limit, MAX_TOP)),
    );
  }
}

@Resolver(() => Department)
export class DepartmentBaselineResolver {
  constructor(private readonly latestBaseline: LatestBaselineLoader) {}

  @ResolveField(() => Baseline, {
    nullable: true,
    description: 'The latest audit baseline; null before the first audit.',
  })
  async baseline(
    @Parent() department: Department,
    @Context() context: GraphQLContext,
  ): Promise<Baseline | null> {
    return this.latestBaseline.forRequest(context).load(department);
  }
}
