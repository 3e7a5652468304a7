import { netPresentValue } from './npv';
import { paybackMonths } from './payback';
import { returnOnInvestment } from './roi';

/** What the forecast needs of one department (months 1..horizon, index 0 = month 1). */
export type ForecastDepartment = {
  /** Its realisation ratio; null (not live) forecasts the plan as it stands. */
  realisationRatio: number | null;
  months: readonly { plannedBenefit: number; realisedBenefit: number | null }[];
};

/**
 * The re-forecast benefit of each month 0..horizon (domain §9): 0 in month
 * 0; in a complete month what was realised, Σ_d realisedBenefit_d(m); in a
 * later month the plan scaled by each department's ratio,
 * Σ_d plannedBenefit_d(m) × (realisationRatio_d, or 1 when null).
 * Departments are summed in case order, so the same case gives the same bits.
 */
export function forecastBenefits({
  departments,
  horizonMonths,
  completeMonths,
}: {
  departments: readonly ForecastDepartment[];
  horizonMonths: number;
  completeMonths: number;
}): number[] {
  const benefits = [0];
  for (let month = 1; month <= horizonMonths; month += 1) {
    let total = 0;
    for (const department of departments) {
      const row = department.months[month - 1];
      if (month <= completeMonths) total += row.realisedBenefit ?? 0;
      else total += row.plannedBenefit * (department.realisationRatio ?? 1);
    }
    benefits.push(total);
  }
  return benefits;
}

/** The forecast cash flow and its headline figures. */
export type ForecastCashFlow = {
  /** Index = month, 0..horizon: forecast benefit − cost; month 0 = −cost(0). */
  net: number[];
  cumulative: number[];
  paybackMonths: number | null;
  npv: number;
  /** Σ benefits ÷ Σ costs − 1 over months 0..horizon; null with no cost. */
  roi: number | null;
};

/**
 * §8's payback, NPV and ROI applied to the forecast flows: `benefits` and
 * `costs` per month 0..horizon (the same length).
 */
export function forecastCashFlow({
  benefits,
  costs,
  annualDiscountRate,
}: {
  benefits: readonly number[];
  costs: readonly number[];
  annualDiscountRate: number;
}): ForecastCashFlow {
  if (benefits.length !== costs.length)
    throw new RangeError('benefits and costs must cover the same months');
  const net: number[] = [];
  const cumulative: number[] = [];
  let running = 0;
  let totalBenefit = 0;
  let totalCost = 0;
  for (let month = 0; month < costs.length; month += 1) {
    const flow = benefits[month] - costs[month];
    net.push(flow);
    running += flow;
    cumulative.push(running);
    totalBenefit += benefits[month];
    totalCost += costs[month];
  }
  return {
    net,
    cumulative,
    paybackMonths: paybackMonths({ net }),
    npv: netPresentValue({ net, annualDiscountRate }),
    // (Σb − Σc) / Σc = Σb / Σc − 1: §8's ROI on the forecast flows.
    roi: returnOnInvestment({ totalBenefit, totalCost }),
  };
}
