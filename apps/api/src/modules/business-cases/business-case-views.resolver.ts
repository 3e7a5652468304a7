import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ComputePool } from '../compute/compute-pool';
import {
  CioView,
  DepartmentHeadView,
  FinanceView,
} from './dto/audience-views.object';
import { BusinessCaseResult } from './dto/business-case-result.object';
import {
  visibleCioView,
  visibleDepartmentHeadViews,
  visibleFinanceView,
} from './saved/case-for-scope';

/**
 * The three audience views of the same case (domain §8), computed only when
 * asked for, in the worker pool like the case itself.
 */
@Resolver(() => BusinessCaseResult)
export class BusinessCaseViewsResolver {
  constructor(private readonly compute: ComputePool) {}

  @ResolveField(() => CioView, {
    description: 'Platform cost and the marginal value of each department.',
  })
  async cio(@Parent() result: BusinessCaseResult): Promise<CioView> {
    // A department head reading a saved case keeps only their own departments' lines (case-for-scope.ts).
    return visibleCioView(
      await this.compute.run('cioView', { input: result.evaluated.input }),
      result.evaluated,
    );
  }

  @ResolveField(() => [DepartmentHeadView], {
    description:
      'One per department, in case order: requests deflected, hours returned.',
  })
  async departmentHeads(
    @Parent() result: BusinessCaseResult,
  ): Promise<DepartmentHeadView[]> {
    return visibleDepartmentHeadViews(
      await this.compute.run('departmentHeadViews', {
        input: result.evaluated.input,
      }),
      result.evaluated,
    );
  }

  @ResolveField(() => FinanceView, {
    description:
      'Cash flow, payback, NPV, IRR and every assumption with its source.',
  })
  async finance(@Parent() result: BusinessCaseResult): Promise<FinanceView> {
    const view = visibleFinanceView(
      await this.compute.run('financeView', {
        input: result.evaluated.input,
        sources: result.evaluated.sources,
      }),
      result.evaluated,
    );
    return {
      ...view,
      assumptions: view.assumptions.map((a) => ({
        ...a,
        note: a.note ?? null,
      })),
    };
  }
}
