import {
  DepartmentKind,
  pluralizeVocabulary,
  vocabularyFor,
} from '@esm-planner/domain-departments';

import { BusinessCaseInput } from './business-case-input';
import { DeflectionOrigin } from './deflection-benchmark';
import { monthlyCashFlow } from './monthly-model';
import { validCaseModel } from './valid-case-model';

/** A department head's view of the case, in the department's own words. */
export type DepartmentHeadView = {
  index: number;
  departmentId: string | null;
  label: string;
  kind: DepartmentKind;
  /** The department's word for a unit of work, singular and plural ("matter", "matters"). */
  unit: string;
  unitPlural: string;
  monthlyVolume: number;
  handlingMinutes: number;
  targetDeflection: number;
  deflectionOrigin: DeflectionOrigin;
  goLiveMonth: number;
  /** First month at the full target: goLiveMonth + rampMonths − 1. */
  fullDeflectionMonth: number;
  /** Requests deflected over the horizon (fractional: an expectation). */
  requestsDeflected: number;
  /** Agent hours handed back: Σ deflected × handlingMinutes / 60. */
  hoursReturned: number;
  /** Σ benefit over the horizon, in money. */
  benefit: number;
};

/**
 * Every department's view of the case, in input order (the API filters it
 * to the departments a head may see).
 * @throws BusinessCaseInputError for an invalid case.
 */
export function departmentHeadViews({
  input,
}: {
  input: BusinessCaseInput;
}): DepartmentHeadView[] {
  const model = validCaseModel({ input });
  const monthly = monthlyCashFlow({ model, byDepartment: true });
  return model.departments.map((d) => {
    let requestsDeflected = 0;
    let benefit = 0;
    for (const row of monthly) {
      const month = row.byDepartment![d.index];
      requestsDeflected += month.deflected;
      benefit += month.benefit;
    }
    const unit = vocabularyFor({ kind: d.kind, vocabulary: d.vocabulary });
    return {
      index: d.index,
      departmentId: d.departmentId,
      label: d.label,
      kind: d.kind,
      unit,
      unitPlural: pluralizeVocabulary(unit, 2),
      monthlyVolume: d.monthlyVolume,
      handlingMinutes: d.handlingMinutes,
      targetDeflection: d.targetDeflection,
      deflectionOrigin: d.deflectionOrigin,
      goLiveMonth: d.goLiveMonth,
      fullDeflectionMonth: d.goLiveMonth + Math.ceil(d.rampMonths) - 1,
      requestsDeflected,
      hoursReturned: (requestsDeflected * d.handlingMinutes) / 60,
      benefit,
    };
  });
}
