import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Role } from '@esm-planner/domain-access';
import { RoleEnum } from '../auth/role.enum';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { GraphQLContext } from '../auth/request-context';
import { DepartmentsByOrganizationLoader } from '../departments/departments-by-organization.loader';
import { DepartmentsService } from '../departments/departments.service';
import { Department } from '../departments/dto/department.object';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { Organization } from './dto/organization.object';
import { RollupRebuildJob } from './dto/rollup-rebuild-job.object';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { OrganizationByIdLoader } from './organization-by-id.loader';
import { toOrganization } from './organization.mapper';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly organizationsService: OrganizationsService,
    private readonly departmentsService: DepartmentsService,
    private readonly departmentsByOrganization: DepartmentsByOrganizationLoader,
  ) {}

  @Query(() => [Organization], {
    description: 'The organisations the caller belongs to.',
  })
  organizations(
    @CurrentPrincipal() principal: Principal,
  ): Promise<Organization[]> {
    return this.organizationsService.listFor(principal);
  }

  @Query(() => Organization, { nullable: true })
  @Authorize('organization:read', { organizationId: (args) => args.id })
  organization(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Organization> {
    return this.organizationsService.get(id);
  }

  @Mutation(() => Organization, {
    description: 'Instance administrators and organisation ADMINs only.',
  })
  @Authorize('organization:manage-people', { anyOrganization: true })
  createOrganization(
    @Args('input') input: CreateOrganizationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Organization> {
    return this.organizationsService.create(input, principal);
  }

  @Mutation(() => Organization, {
    description:
      'Name, currency and time zone (ADMIN). A new zone rebuilds the request rollups in the worker: see rollupRebuild.',
  })
  @Authorize('organization:manage', { organizationId: (args) => args.id })
  updateOrganization(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Organization> {
    return this.organizationsService.update(id, input, principal);
  }

  @ResolveField(() => RollupRebuildJob, {
    nullable: true,
    description:
      'The latest rebuild of the request rollups after a time zone change; null when the zone never changed.',
  })
  rollupRebuild(
    @Parent() organization: Organization,
  ): Promise<RollupRebuildJob | null> {
    return this.organizationsService.latestRebuild(organization.id);
  }

  @ResolveField(() => [Department], {
    description: 'The departments the caller may see.',
  })
  async departments(
    @Parent() organization: Organization,
    @Context() context: GraphQLContext,
  ): Promise<Department[]> {
    const rows = await this.departmentsByOrganization
      .forRequest(context)
      .load(organization.id);
    return this.departmentsService.visibleIn(
      context.req,
      organization.id,
      rows,
    );
  }

  @ResolveField(() => RoleEnum, { nullable: true })
  myRole(
    @Parent() organization: Organization,
    @Context() context: GraphQLContext,
  ): Promise<Role | null> {
    return this.organizationsService.roleOf(context.req, organization.id);
  }
}

@Resolver(() => Department)
export class DepartmentOrganizationResolver {
  constructor(private readonly organizationById: OrganizationByIdLoader) {}

  @ResolveField(() => Organization)
  async organization(
    @Parent() department: Department,
    @Context() context: GraphQLContext,
  ): Promise<Organization> {
    const row = await this.organizationById
      .forRequest(context)
      .load(department.organizationId);
    return toOrganization(row!);
  }
}
