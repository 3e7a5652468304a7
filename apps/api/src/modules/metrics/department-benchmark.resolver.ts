import DataLoader from 'dataloader';
import {
  Args,
  Context,
  Float,
  ID,
  Mutation,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { DepartmentKind } from '@esm-planner/domain-departments';
import {
  NO_TOUCH_REFERENCE,
  publishedBenchmarkFor,
} from '@esm-planner/domain-metrics';
import { requestLoader } from '../../graphql/request-loader';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest, GraphQLContext } from '../auth/request-context';
import { Department } from '../departments/dto/department.object';
import { DepartmentsService } from '../departments/departments.service';
import { DeflectionBenchmarksService } from './deflection-benchmarks.service';
import { DeflectionBenchmark } from './dto/deflection-benchmark.object';

@Resolver(() => Department)
export class DepartmentBenchmarkResolver {
  constructor(
    private readonly benchmarks: DeflectionBenchmarksService,
    private readonly departments: DepartmentsService,
  ) {}

  @ResolveField(() => DeflectionBenchmark, {
    description:
      'The department’s deflection benchmark: the organisation’s figure for it (source ORGANIZATION), else the published one for its kind, else the 0.30 assumption.',
  })
  deflectionBenchmark(
    @Parent() department: Department,
    @Context() context: GraphQLContext,
  ): Promise<DeflectionBenchmark> {
    // A list of departments reads its benchmarks in one query.
    const loader = requestLoader(
      context,
      this,
      () =>
        new DataLoader<Department, DeflectionBenchmark, string>(
          async (departments) => {
            const benchmarks =
              await this.benchmarks.forDepartments(departments);
            return departments.map((d) => {
              const published = publishedBenchmarkFor({
                kind: d.kind as DepartmentKind,
              });
              return {
                ...benchmarks.get(d.id)!,
                defaultTarget: published.target,
                defaultSource: published.source,
              };
            });
          },
          { cacheKeyFn: (department) => department.id },
        ),
    );
    return loader.load(department);
  }

  @ResolveField(() => Float, {
    description:
      'No-touch resolution reference: this share of requests by week two (domain §3).',
  })
  noTouchReference(): number {
    return NO_TOUCH_REFERENCE.rate;
  }

  @Mutation(() => Department, {
    description:
      'Sets the department’s deflection benchmark for the organisation (a fraction in (0, 1]); null goes back to the published figure. It is then the benchmark of metrics, gaps, business-case defaults, the roadmap and maturity evidence. ADMIN and COE.',
  })
  @Authorize('department:manage', { departmentId: (args) => args.departmentId })
  async setDeflectionBenchmark(
    @Args('departmentId', { type: () => ID }) departmentId: string,
    @Args('benchmark', { type: () => Float, nullable: true })
    benchmark: number | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<Department> {
    const department = await this.departments.get(departmentId);
    await this.benchmarks.set(
      department.id,
      benchmark ?? null,
      req.principal?.kind === 'user' ? req.principal.userId : null,
    );
    return department;
  }
}
