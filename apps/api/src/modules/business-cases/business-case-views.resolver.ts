import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { cioView, departmentHeadViews, financeView } from '@esm-planner/domain-business-case';
import { CioView, DepartmentHeadView, FinanceView } from './dto/audience-views.object';
import { BusinessCaseResult } from './dto/business-case-result.object';
import { withInputErrors } from './evaluate-for-api';
import { visibleCioView, visibleDepartmentHeadViews, visibleFinanceView } from './saved/case-for-scope';

/**
 * The three audience views of the same case (domain §8), computed only when
 * asked for: each reruns the model (the CIO view once per department).
 */
@Resolver(() => BusinessCaseResult)
export class BusinessCaseViewsResolver {
  @ResolveField(() => CioView, { description: 'Platform cost and the marginal value of each department.' })
  cio(@Parent() result: BusinessCaseResult): CioView {
    return visibleCioView(withInputErrors(() => cioView({ input: result.evaluated.input })), result.evaluated);
  }

  @ResolveField(() => [DepartmentHeadView], { description: 'One per department, in case order: requests deflected, hours returned.' })
  departmentHeads(@Parent() result: BusinessCaseResult): DepartmentHeadView[] {
    return visibleDepartmentHeadViews(withInputErrors(() => departmentHeadViews({ input: result.evaluated.input })), result.evaluated);
  }

  @ResolveField(() => FinanceView, { description: 'Cash flow, payback, NPV, IRR and every assumption with its source.' })
  finance(@Parent() result: BusinessCaseResult): FinanceView {
    const view = visibleFinanceView(
      withInputErrors(() => financeView({ input: result.evaluated.input, sources: result.evaluated.sources })),
      result.evaluated,
    );
    return { ...view, assumptions: view.assumptions.map((a) => ({ ...a, note: a.note ?? null })) };
  }
}
