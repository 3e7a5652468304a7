import { CaseModel } from './business-case-input';
import { cashFlowSeries } from './monthly-model';
import { netPresentValue } from './npv';
import { paybackMonths } from './payback';
import { returnOnInvestment } from './roi';

/** The headline figures of one variant of a case (sensitivity, scenarios, views). */
export type CaseOutcome = {
  paybackMonths: number | null;
  npv: number;
  roi: number | null;
  /** Σ benefit over months 0..horizon, undiscounted. */
  totalBenefit: number;
  /** Σ cost over months 0..horizon, undiscounted. */
  totalCost: number;
};

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value; // month order
  return total;
}

/** Payback, NPV, ROI and totals of a resolved case. */
export function caseOutcome({ model }: { model: CaseModel }): CaseOutcome {
  const series = cashFlowSeries({ model });
  const totalBenefit = sum(series.benefit);
  const totalCost = sum(series.cost);
  return {
    paybackMonths: paybackMonths({ net: series.net }),
    npv: netPresentValue({
      net: series.net,
      annualDiscountRate: model.annualDiscountRate,
    }),
    roi: returnOnInvestment({ totalBenefit, totalCost }),
    totalBenefit,
    totalCost,
  };
}
