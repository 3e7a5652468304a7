import { parsePlainDate } from '@esm-planner/shared-util-dates';

import { BusinessCaseInput } from './business-case-input';
import { CaseMonth, caseMonths } from './case-months';
import {
  DepartmentRealisation,
  departmentRealisation,
} from './department-realisation';
import {
  forecastBenefits,
  ForecastCashFlow,
  forecastCashFlow,
} from './forecast-cash-flow';
import { cashFlowSeries, programmeCost } from './monthly-model';
import { paybackMonths } from './payback';
import { actualsByKey, MonthlyActual } from './realisation-actuals';
import { validCaseModel } from './valid-case-model';

export type {
  DepartmentRealisation,
  DepartmentRealisationMonth,
} from './department-realisation';
export type { MonthlyActual } from './realisation-actuals';

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

// The programme's months: month 0, then each case month with the
// departments' benefits summed, the cost and the re-forecast cash flow.
function programmeMonths({
  programmeStart,
  asOf,
  calendar,
  departments,
  costs,
  forecast,
}: {
  programmeStart: string;
  asOf: string;
  calendar: readonly CaseMonth[];
  departments: readonly DepartmentRealisation[];
  costs: readonly number[];
  forecast: Pick<ForecastCashFlow, 'net' | 'cumulative'>;
}): ValueRealisationMonth[] {
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
  return [
    monthZero,
    ...calendar.map((m) => ({
      ...m,
      plannedBenefit: sumOver(m.month, 'plannedBenefit'),
      realisedBenefit: m.complete ? sumOver(m.month, 'realisedBenefit') : null,
      cost: costs[m.month],
      forecastNet: forecast.net[m.month],
      forecastCumulative: forecast.cumulative[m.month],
    })),
  ];
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
    months: programmeMonths({
      programmeStart,
      asOf,
      calendar,
      departments,
      costs,
      forecast,
    }),
    departments,
  };
}
