import { CaseDepartment, CaseModel } from './business-case-input';
import { deflectionNeeded } from './deflection-needed';
import { departmentMonth, savingPerDeflected } from './monthly-model';
import type { MonthlyActual } from './realisation-actuals';
import {
  realisationRatio,
  RealisationStatus,
  realisationStatus,
} from './realisation-status';

/** api.md `ValueRealisation.departments.months`: actuals and realised null for a month not complete. */
export type DepartmentRealisationMonth = {
  month: number;
  /** volume_d(m) × deflection_d(m) (§8). */
  plannedDeflected: number;
  actualTotal: number | null;
  actualDeflected: number | null;
  /** benefit_d(m) (§8). */
  plannedBenefit: number;
  /** actualDeflected × (costPerRequest − residualCostPerDeflected). */
  realisedBenefit: number | null;
};

export type DepartmentRealisation = {
  departmentId: string | null;
  /** The case's label for it: its name, else its id, else its kind. */
  name: string;
  status: RealisationStatus;
  realisationRatio: number | null;
  /** Σ over the complete months. */
  plannedToDate: number;
  realisedToDate: number;
  /**
   * For a BEHIND department, the deflection rate it would need in every
   * month not yet complete to deliver its planned benefit over the horizon
   * (deflection-needed.ts); null otherwise, or when no rate can.
   */
  deflectionNeeded: number | null;
  /** Months 1..horizon. */
  months: DepartmentRealisationMonth[];
};

/**
 * One department of the case against its actuals (domain §9): planned and
 * realised benefit per month, its ratio and status over the complete
 * months, and for one behind plan the deflection it would need from now on.
 */
export function departmentRealisation(
  model: CaseModel,
  department: CaseDepartment,
  completeMonths: number,
  actuals: Map<string, MonthlyActual>,
): DepartmentRealisation {
  const saving = savingPerDeflected({ model, department });
  const months: DepartmentRealisationMonth[] = [];
  const volumes: number[] = [];
  let plannedToDate = 0;
  let realisedToDate = 0;
  for (let month = 1; month <= model.horizonMonths; month += 1) {
    const planned = departmentMonth({ model, department, month });
    volumes.push(planned.volume);
    const complete = month <= completeMonths;
    // A department without an id cannot be matched to request data: nothing happened for it.
    const actual = complete
      ? (actuals.get(`${department.departmentId}/${month}`) ?? {
          total: 0,
          deflected: 0,
        })
      : null;
    const realisedBenefit = actual ? actual.deflected * saving : null;
    if (complete) {
      plannedToDate += planned.benefit;
      realisedToDate += realisedBenefit!;
    }
    months.push({
      month,
      plannedDeflected: planned.deflected,
      actualTotal: actual?.total ?? null,
      actualDeflected: actual?.deflected ?? null,
      plannedBenefit: planned.benefit,
      realisedBenefit,
    });
  }
  const completed = months.slice(0, completeMonths).map((m) => ({
    plannedBenefit: m.plannedBenefit,
    realisedBenefit: m.realisedBenefit!,
  }));
  const ratio = realisationRatio({ months: completed });
  const status = realisationStatus({ ratio });
  return {
    departmentId: department.departmentId,
    name: department.label,
    status,
    realisationRatio: ratio,
    plannedToDate,
    realisedToDate,
    deflectionNeeded:
      status === 'BEHIND'
        ? deflectionNeeded({
            plannedBenefit: months.map((m) => m.plannedBenefit),
            plannedVolume: volumes,
            realisedToDate,
            completeMonths,
            saving,
          })
        : null,
    months,
  };
}
