import { CaseModel } from './business-case-input';
import {
  DEPARTMENT_KIND_LABELS,
  formatPercent,
  labelOf,
} from '@esm-planner/shared-util-format';
import { CHANGE_MANAGEMENT_SHARE_WARNING } from './change-management-share';
import { signChanges } from './irr';
import { savingPerDeflected } from './monthly-model';

export type BusinessCaseWarningCode =
  | 'ASSUMED_DEFLECTION'
  | 'LOW_CHANGE_MANAGEMENT_SHARE'
  | 'GO_LIVE_AFTER_HORIZON'
  | 'RESIDUAL_COST_EXCEEDS_HANDLING_COST'
  | 'MULTIPLE_IRR';

/** Something the reader of the case should know; the case is still computed. */
export type BusinessCaseWarning = {
  code: BusinessCaseWarningCode;
  /** The input field concerned, when there is one. */
  field?: string;
  message: string;
};

function departmentWarnings(model: CaseModel): BusinessCaseWarning[] {
  const warnings: BusinessCaseWarning[] = [];
  for (const d of model.departments) {
    const prefix = `departments[${d.index}]`;
    if (d.deflectionOrigin === 'ASSUMPTION') {
      warnings.push({
        code: 'ASSUMED_DEFLECTION',
        field: `${prefix}.targetDeflection`,
        message: `${d.label}: no published deflection benchmark for ${labelOf(DEPARTMENT_KIND_LABELS, d.kind)}; the case assumes ${formatPercent(d.targetDeflection)} until the organisation sets a target`,
      });
    }
    if (d.goLiveMonth > model.horizonMonths) {
      warnings.push({
        code: 'GO_LIVE_AFTER_HORIZON',
        field: `${prefix}.goLiveMonth`,
        message: `${d.label} goes live in month ${d.goLiveMonth}, after the ${model.horizonMonths}-month horizon: it adds no benefit to this case`,
      });
    }
    if (savingPerDeflected({ model, department: d }) < 0) {
      warnings.push({
        code: 'RESIDUAL_COST_EXCEEDS_HANDLING_COST',
        field: 'residualCostPerDeflected',
        message: `${d.label}: a deflected request costs more than an agent handling it, so every deflection loses money`,
      });
    }
  }
  return warnings;
}

/** The warnings of a resolved case, departments first, in input order. */
export function businessCaseWarnings({
  model,
  changeManagementShare,
  net,
}: {
  model: CaseModel;
  changeManagementShare: number | null;
  net: readonly number[];
}): BusinessCaseWarning[] {
  const warnings = departmentWarnings(model);
  if (
    changeManagementShare !== null &&
    changeManagementShare <= CHANGE_MANAGEMENT_SHARE_WARNING
  ) {
    const percent = Math.round(changeManagementShare * 1000) / 10;
    warnings.push({
      code: 'LOW_CHANGE_MANAGEMENT_SHARE',
      field: 'changeManagementCost',
      message: `change management is ${percent} % of the up-front budget: at or below the reported 10 % average, a common cause of failed adoption`,
    });
  }
  if (signChanges({ net }) > 1) {
    warnings.push({
      code: 'MULTIPLE_IRR',
      message:
        'the net cash flow changes sign more than once, so it may have several internal rates of return; the one nearest 0 is shown',
    });
  }
  return warnings;
}
