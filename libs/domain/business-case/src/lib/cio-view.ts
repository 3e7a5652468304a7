import { DepartmentKind } from '@esm-planner/domain-departments';

import { BusinessCaseInput, CaseModel } from './business-case-input';
import { caseOutcome } from './case-outcome';
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

function margin(
  model: CaseModel,
  index: number,
  all: ReturnType<typeof caseOutcome>,
): DepartmentMargin {
  const department = model.departments[index];
  const without = caseOutcome({
    model: {
      ...model,
      departments: model.departments.filter((_, i) => i !== index),
    },
  });
  return {
    index,
    departmentId: department.departmentId,
    label: department.label,
    kind: department.kind,
    marginalBenefit: all.totalBenefit - without.totalBenefit,
    marginalNpv: all.npv - without.npv,
    paybackWithout: without.paybackMonths,
  };
}

/**
 * The CIO's view of a case. Platform, CoE, one-time and change costs are
 * programme-level in the model, so a department's marginal cost is 0 and
 * its marginal NPV is the present value of its own benefit; the view
 * computes it as a difference of two cases all the same, so it stays right
 * if per-department costs are ever added.
 * @throws BusinessCaseInputError for an invalid case.
 */
export function cioView({ input }: { input: BusinessCaseInput }): CioView {
  const model = validCaseModel({ input });
  const all = caseOutcome({ model });
  return {
    monthlyPlatformCost: model.monthlyPlatformCost,
    monthlyCoeCost: model.monthlyCoeCost,
    monthlyRunningCost: model.monthlyPlatformCost + model.monthlyCoeCost,
    oneTimeCosts: model.oneTimeCosts,
    changeManagementCost: model.changeManagementCost,
    paybackMonths: all.paybackMonths,
    npv: all.npv,
    departments: model.departments.map((_, index) => margin(model, index, all)),
  };
}
