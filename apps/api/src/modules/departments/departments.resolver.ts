import { Inject, Optional } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectsField } from '../../graphql/selects-field';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest, GraphQLContext } from '../auth/request-context';
import {
  DEPARTMENT_FIELD_PREFETCH,
  DepartmentFieldPrefetch,
} from './department-prefetch.port';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentInput } from './dto/create-department.input';
import { Department } from './dto/department.object';
import { UpdateDepartmentInput } from './dto/update-department.input';

@Resolver(() => Department)
export class DepartmentsResolver {
  constructor(
    private readonly departments: DepartmentsService,
    @Optional()
    @Inject(DEPARTMENT_FIELD_PREFETCH)
    private readonly prefetch: DepartmentFieldPrefetch | null = null,
  ) {}

  @Query(() => [Department], {
    name: 'departments',
    description: 'The departments of an organisation that the caller may see.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  departmentsOf(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<Department[]> {
    return this.departments.visibleIn(req, organizationId);
  }

  @Query(() => Department, { nullable: true })
  @Authorize('department:read', { departmentId: (args) => args.id })
  department(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Department> {
    // A department page asks for its baseline: start that query now, beside
    // this one, rather than after it (Department.baseline reads the same loader).
    if (this.prefetch && selectsField(info, this.prefetch.field))
      this.prefetch.start(context, id);
    return this.departments.get(id);
  }

  @Mutation(() => Department)
  @Authorize('department:manage', {
    organizationId: (args) => args.input?.organizationId,
  })
  createDepartment(
    @Args('input') input: CreateDepartmentInput,
  ): Promise<Department> {
    const { organizationId, ...draft } = input;
    return this.departments.create(organizationId, draft);
  }

  @Mutation(() => Department)
  @Authorize('department:manage', { departmentId: (args) => args.id })
  updateDepartment(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDepartmentInput,
  ): Promise<Department> {
    return this.departments.update(id, input);
  }
}
