import { parsePlainDate } from '@esm-planner/shared-util-dates';

import {
  BusinessCaseInput,
  CaseDepartment,
  CaseModel,
} from './business-case-input';
import { CaseMonth, caseMonths } from './case-months';
import { deflectionNeeded } from './deflection-needed';
import { forecastBenefits, forecastCashFlow } from './forecast-cash-flow';
import {
  cashFlowSeries,
  departmentMonth,
  programmeCost,
  savingPerDeflected,
} from './monthly-model';
import { paybackMonths } from './payback';
import {
  realisationRatio,
  RealisationStatus,
  realisationStatus,
} from './realisation-status';
import { validCaseModel } from './valid-case-model';

/**
 * One department's requests in one complete case month, as read from the
 * request data (request records, and imported weeks without records counted
 * in the month of their Monday).
 */
export type MonthlyActual = {
  departmentId: string;
  month: number;
  total: number;
  deflected: number;
};

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

/** api.md `ValueRealisation.months`: month 0 (the programme start) to the horizon. */
export type ValueRealisationMonth = CaseMonth & {
  plannedBenefit: number;
  realisedBenefit: number | null;
  cost: number;
  forecastNet: number;
  forecastCumulative: number;
};

/** api.md `ValueRealisation` (domain §9). Money unrounded, ratios as fractions. */
export type ValueRealisation = {
  asOf: string;
  programmeStart: string;
  completeMonths: number;
  plannedToDate: number;
  realisedToDate: number;
  varianceToDate: number;
  plannedPaybackMonths: number | null;
  forecastPaybackMonths: number | null;
  forecastNpv: number;
  forecastRoi: number | null;
  months: ValueRealisationMonth[];
  departments: DepartmentRealisation[];
};

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${what} must be a whole number ≥ 0, got ${value}`);
}

// (department id, month) → counts, for the complete months only: a month
// still running has no final figures, so its rows are left out.
function actualsByKey(
  actuals: readonly MonthlyActual[],
  completeMonths: number,
): Map<string, MonthlyActual> {
  const byKey = new Map<string, MonthlyActual>();
  for (const row of actuals) {
    const key = `${row.departmentId}/${row.month}`;
    assertCount(row.total, `total of ${key}`);
    assertCount(row.deflected, `deflected of ${key}`);
    if (row.deflected > row.total)
      throw new RangeError(
        `${key}: ${row.deflected} deflected of ${row.total} requests`,
      );
    if (byKey.has(key))
      throw new RangeError(`${key} appears twice in the actuals`);
    if (row.month >= 1 && row.month <= completeMonths) byKey.set(key, row);
  }
  return byKey;
}

function departmentRealisation(
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

/**
 * A business case measured against what happened (domain §9): each
 * department's planned and realised benefit per case month, its ratio and
 * status, and the programme's cash flow re-forecast from the actuals, with
 * §8's payback, NPV and ROI applied to it.
 *
 * `input` is the case as evaluated (defaults applied as for
 * evaluateBusinessCase); `programmeStart` its month 0; `asOf` the date the
 * actuals are read at (the organisation's today); `actuals` the counts of
 * the complete months per department id — a complete month without a row
 * had no requests.
 * @throws BusinessCaseInputError for an invalid case; RangeError for a date
 * that is not one, or actuals that cannot be counts.
 */
export function valueRealisation({
  input,
  programmeStart,
  asOf,
  actuals,
}: {
  input: BusinessCaseInput;
  programmeStart: string;
  asOf: string;
  actuals: readonly MonthlyActual[];
}): ValueRealisation {
  const model = validCaseModel({ input });
  const calendar = caseMonths({
    programmeStart,
    horizonMonths: model.horizonMonths,
    asOf,
  });
  const completeMonths = calendar.filter((m) => m.complete).length;
  const byKey = actualsByKey(actuals, completeMonths);
  const departments = model.departments.map((department) =>
    departmentRealisation(model, department, completeMonths, byKey),
  );

  const costs = calendar.map(({ month }) => programmeCost({ model, month }));
  costs.unshift(programmeCost({ model, month: 0 }));
  const forecast = forecastCashFlow({
    benefits: forecastBenefits({
      departments,
      horizonMonths: model.horizonMonths,
      completeMonths,
    }),
    costs,
    annualDiscountRate: model.annualDiscountRate,
  });
  const sumOver = (
    month: number,
    key: 'plannedBenefit' | 'realisedBenefit',
  ) => {
    let total = 0;
    for (const d of departments) total += d.months[month - 1][key] ?? 0;
    return total;
  };
  // Month 0 is the programme start itself: the day the one-time costs are
  // paid, with no requests; it is over once that day is.
  const started =
    parsePlainDate(programmeStart, 'programmeStart') <
    parsePlainDate(asOf, 'asOf');
  const monthZero: ValueRealisationMonth = {
    month: 0,
    startDate: programmeStart,
    endDate: programmeStart,
    complete: started,
    plannedBenefit: 0,
    realisedBenefit: started ? 0 : null,
    cost: costs[0],
    forecastNet: forecast.net[0],
    forecastCumulative: forecast.cumulative[0],
  };
  let plannedToDate = 0;
  let realisedToDate = 0;
  for (const d of departments) {
    plannedToDate += d.plannedToDate;
    realisedToDate += d.realisedToDate;
  }
  return {
    asOf,
    programmeStart,
    completeMonths,
    plannedToDate,
    realisedToDate,
    varianceToDate: realisedToDate - plannedToDate,
    plannedPaybackMonths: paybackMonths({ net: cashFlowSeries({ model }).net }),
    forecastPaybackMonths: forecast.paybackMonths,
    forecastNpv: forecast.npv,
    forecastRoi: forecast.roi,
    months: [
      monthZero,
      ...calendar.map((m) => ({
        ...m,
        plannedBenefit: sumOver(m.month, 'plannedBenefit'),
        realisedBenefit: m.complete
          ? sumOver(m.month, 'realisedBenefit')
          : null,
        cost: costs[m.month],
        forecastNet: forecast.net[m.month],
        forecastCumulative: forecast.cumulative[m.month],
      })),
    ],
    departments,
  };
}
