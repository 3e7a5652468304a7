import { DepartmentKind } from '@esm-planner/domain-departments';

import { BusinessCaseInput } from './business-case-input';
import { monthlyCashFlow } from './monthly-model';
import { discountDivisors, presentValueWithDivisors } from './npv';
import { paybackMonths } from './payback';
import { validCaseModel } from './valid-case-model';

/** What one department adds to the case: the case with it minus the case without it. */
export type DepartmentMargin = {
  index: number;
  departmentId: string | null;
  label: string;
  kind: DepartmentKind;
  /** Σ benefit over the horizon that exists only because this department is in. */
  marginalBenefit: number;
  /** NPV(all departments) − NPV(all but this one). */
  marginalNpv: number;
  /** Payback of the case without this department (null: never within the horizon). */
  paybackWithout: number | null;
};

/** The CIO's view: what the platform costs and what each department adds. */
export type CioView = {
  monthlyPlatformCost: number;
  monthlyCoeCost: number;
  /** Platform + CoE, every month from month 1. */
  monthlyRunningCost: number;
  oneTimeCosts: number;
  changeManagementCost: number;
  paybackMonths: number | null;
  npv: number;
  departments: DepartmentMargin[];
};

/**
 * The CIO's view of a case, from one run of the model. A department's
 * benefit in a month depends only on its own inputs and the case's rates,
 * and every cost is programme-level, so the case without department k has
 * the same costs and, each month, the benefit less k's own: net(m) − b_k(m)
 * (docs/domain/business-case.md, "Audience views"). Its marginal benefit is
 * Σ b_k(m), its marginal NPV Σ b_k(m) / (1 + r_m)^m, and the payback without
 * it is the payback of net(m) − b_k(m) — no model run per department.
 * @throws BusinessCaseInputError for an invalid case.
 */
export function cioView({ input }: { input: BusinessCaseInput }): CioView {
  const model = validCaseModel({ input });
  const monthly = monthlyCashFlow({ model, byDepartment: true });
  const net = monthly.map((row) => row.net);
  const divisors = discountDivisors(model);
  const without = new Array<number>(net.length);
  return {
    monthlyPlatformCost: model.monthlyPlatformCost,
    monthlyCoeCost: model.monthlyCoeCost,
    monthlyRunningCost: model.monthlyPlatformCost + model.monthlyCoeCost,
    oneTimeCosts: model.oneTimeCosts,
    changeManagementCost: model.changeManagementCost,
    paybackMonths: paybackMonths({ net }),
    npv: presentValueWithDivisors({ net, divisors }),
    departments: model.departments.map((department, k) => {
      let marginalBenefit = 0;
      let marginalNpv = 0;
      monthly.forEach((row, month) => {
        const benefit = row.byDepartment![k].benefit;
        marginalBenefit += benefit;
        marginalNpv += benefit / divisors[month];
        without[month] = row.net - benefit;
      });
      return {
        index: department.index,
        departmentId: department.departmentId,
        label: department.label,
        kind: department.kind,
        marginalBenefit,
        marginalNpv,
        paybackWithout: paybackMonths({ net: without }),
      };
    }),
  };
}
