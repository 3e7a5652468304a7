import { BusinessCaseInput } from './business-case-input';
import {
  BusinessCaseWarning,
  businessCaseWarnings,
} from './business-case-warnings';
import { BenchmarkPayback, benchmarkPayback } from './benchmark-payback';
import { changeManagementShare } from './change-management-share';
import { costOfInaction } from './cost-of-inaction';
import { internalRateOfReturn } from './irr';
import { monteCarlo } from './monte-carlo';
import { MonteCarloResult } from './monte-carlo-summary';
import { MonthlyCashFlow, monthlyCashFlow } from './monthly-model';
import { netPresentValue } from './npv';
import { paybackMonths } from './payback';
import { returnOnInvestment } from './roi';
import { ScenarioResult, scenarios } from './scenarios';
import { SensitivityRow, sensitivity } from './sensitivity';
import { validCaseModel } from './valid-case-model';

/** api.md `BusinessCaseResult`. Money unrounded; rates are fractions. */
export type BusinessCaseResult = {
  /** Months, interpolated inside the month; 0 = immediate; null = not within the horizon. */
  paybackMonths: number | null;
  roi: number | null;
  npv: number;
  /** Annual rate; null when the flows have no root on the monthly interval [−0.95, 5]. */
  irr: number | null;
  /** Agent cost of every request over the horizon, if nothing changes. */
  costOfInaction: number;
  /** FTEs the volume growth needs by the horizon's end, if nothing changes. */
  extraFtes: number;
  changeManagementShare: number | null;
  warnings: BusinessCaseWarning[];
  benchmarkPayback: BenchmarkPayback;
  /** Months 0..horizon, with the per-department rows. */
  monthly: MonthlyCashFlow[];
  totals: { benefit: number; cost: number; net: number };
  sensitivity: SensitivityRow[];
  scenarios: ScenarioResult[];
  monteCarlo: MonteCarloResult | null;
};

function sumOf(
  rows: readonly MonthlyCashFlow[],
  key: 'benefit' | 'cost',
): number {
  let total = 0;
  for (const row of rows) total += row[key]; // month order
  return total;
}

/**
 * The business case of domain §8, from raw input: defaults applied, then
 * the monthly model and every output derived from it.
 * @throws BusinessCaseInputError (a RangeError) listing every invalid field.
 */
export function evaluateBusinessCase({
  input,
}: {
  input: BusinessCaseInput;
}): BusinessCaseResult {
  const model = validCaseModel({ input });
  const monthly = monthlyCashFlow({ model, byDepartment: true });
  const net = monthly.map((row) => row.net);
  const benefit = sumOf(monthly, 'benefit');
  const cost = sumOf(monthly, 'cost');
  const payback = paybackMonths({ net });
  const share = changeManagementShare(model);
  const inaction = costOfInaction({ model });
  return {
    paybackMonths: payback,
    roi: returnOnInvestment({ totalBenefit: benefit, totalCost: cost }),
    npv: netPresentValue({ net, annualDiscountRate: model.annualDiscountRate }),
    irr: internalRateOfReturn({ net }),
    costOfInaction: inaction.cost,
    extraFtes: inaction.extraFtes,
    changeManagementShare: share,
    warnings: businessCaseWarnings({
      model,
      changeManagementShare: share,
      net,
    }),
    benchmarkPayback: benchmarkPayback({ paybackMonths: payback }),
    monthly,
    // Net as the cash-flow table ends, so the figure matches its last row.
    totals: { benefit, cost, net: monthly[monthly.length - 1].cumulative },
    sensitivity: sensitivity({ model }),
    scenarios: scenarios({ model }),
    monteCarlo: monteCarlo({
      model,
      runs: model.monteCarloRuns,
      seed: model.seed,
    }),
  };
}
