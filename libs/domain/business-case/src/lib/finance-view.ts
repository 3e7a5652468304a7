import { Assumption, AssumptionSources, listAssumptions } from './assumptions';
import { BusinessCaseInput } from './business-case-input';
import { internalRateOfReturn } from './irr';
import { monthlyCashFlow } from './monthly-model';
import { monthlyRateFromAnnual, netPresentValue } from './npv';
import { paybackMonths } from './payback';
import { returnOnInvestment } from './roi';
import { validCaseModel } from './valid-case-model';

/** One month of the cash-flow statement, with its discounted value. */
export type FinanceMonth = {
  month: number;
  benefit: number;
  cost: number;
  net: number;
  cumulative: number;
  /** net / (1 + r_m)^month. */
  discountedNet: number;
  cumulativeDiscounted: number;
};

/** Finance's view: the cash flow, the investment figures and every assumption with its source. */
export type FinanceView = {
  monthly: FinanceMonth[];
  paybackMonths: number | null;
  npv: number;
  irr: number | null;
  roi: number | null;
  annualDiscountRate: number;
  monthlyDiscountRate: number;
  assumptions: Assumption[];
};

/**
 * Finance's view of a case. `sources` names where each input came from
 * (AUDIT, ROADMAP, BENCHMARK, ENTERED, DEFAULT) by field path.
 * @throws BusinessCaseInputError for an invalid case.
 */
export function financeView({
  input,
  sources,
}: {
  input: BusinessCaseInput;
  sources?: AssumptionSources;
}): FinanceView {
  const model = validCaseModel({ input });
  const rows = monthlyCashFlow({ model });
  const monthlyDiscountRate = monthlyRateFromAnnual({
    annualRate: model.annualDiscountRate,
  });
  let cumulativeDiscounted = 0;
  const monthly = rows.map((row) => {
    const discountedNet =
      row.net / Math.pow(1 + monthlyDiscountRate, row.month);
    cumulativeDiscounted += discountedNet;
    return { ...row, discountedNet, cumulativeDiscounted };
  });
  const net = rows.map((row) => row.net);
  let totalBenefit = 0;
  let totalCost = 0;
  for (const row of rows) {
    totalBenefit += row.benefit;
    totalCost += row.cost;
  }
  return {
    monthly,
    paybackMonths: paybackMonths({ net }),
    npv: netPresentValue({ net, annualDiscountRate: model.annualDiscountRate }),
    irr: internalRateOfReturn({ net }),
    roi: returnOnInvestment({ totalBenefit, totalCost }),
    annualDiscountRate: model.annualDiscountRate,
    monthlyDiscountRate,
    assumptions: listAssumptions({ input, model, sources }),
  };
}
