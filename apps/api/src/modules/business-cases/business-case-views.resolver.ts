import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ComputePool } from '../compute/compute-pool';
import { CioView, DepartmentHeadView, FinanceView } from './dto/audience-views.object';
import { BusinessCaseResult } from './dto/business-case-result.object';

/**
 * The three audience views of the same case (domain §8), computed only when
 * asked for, in the worker pool like the case itself.
 */
@Resolver(() => BusinessCaseResult)
export class BusinessCaseViewsResolver {
  constructor(private readonly compute: ComputePool) {}

  @ResolveField(() => CioView, { description: 'Platform cost and the marginal value of each department.' })
  cio(@Parent() result: BusinessCaseResult): Promise<CioView> {
    return this.compute.run('cioView', { input: result.evaluated.input });
  }

  @ResolveField(() => [DepartmentHeadView], { description: 'One per department, in case order: requests deflected, hours returned.' })
  departmentHeads(@Parent() result: BusinessCaseResult): Promise<DepartmentHeadView[]> {
    return this.compute.run('departmentHeadViews', { input: result.evaluated.input });
  }

  @ResolveField(() => FinanceView, { description: 'Cash flow, payback, NPV, IRR and every assumption with its source.' })
  async finance(@Parent() result: BusinessCaseResult): Promise<FinanceView> {
    const view = await this.compute.run('financeView', { input: result.evaluated.input, sources: result.evaluated.sources });
    return { ...view, assumptions: view.assumptions.map((a) => ({ ...a, note: a.note ?? null })) };
  }
}
