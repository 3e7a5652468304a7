import { CaseModel } from './business-case-input';
import { cashFlowSeries, volumeGrowthFactors } from './monthly-model';
import { discountDivisors, presentValueWithDivisors } from './npv';
import { paybackMonths } from './payback';
import { equalWidthHistogram, HistogramBin, NPV_BINS, paybackHistogram } from './monte-carlo-histogram';
import { mulberry32, Random, triangular } from './random';

/** Relative changes drawn per run, as (min, mode, max) of a triangular distribution. */
export const MONTE_CARLO_DRIVERS = {
  deflection: { min: -0.3, mode: 0, max: 0.2 },
  volume: { min: -0.2, mode: 0, max: 0.2 },
  handling: { min: -0.2, mode: 0, max: 0.2 },
} as const;

export type MonteCarloResult = {
  runs: number;
  seed: number;
  /** Nearest-rank percentiles over all runs; null where the rank falls on a run that never pays back. */
  p10Payback: number | null;
  p50Payback: number | null;
  p90Payback: number | null;
  p10Npv: number;
  p50Npv: number;
  p90Npv: number;
  /** Share of runs that pay back within the horizon, in [0, 1]. */
  probabilityOfPayback: number;
  /** The distribution of NPV over all runs (NPV_BINS equal-width bars). */
  npvHistogram: HistogramBin[];
  /** Payback months of the runs that pay back, in whole-month bars. */
  paybackHistogram: HistogramBin[];
  /** Runs that do not pay back within the horizon (not in paybackHistogram). */
  runsWithoutPayback: number;
};

// Same rule as the audit's percentiles (docs/domain/audit.md): rank
// ceil(p × n), 1-based, with a tolerance for p × n landing a hair above an
// integer in floating point.
function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length - 1e-9));
  return sorted[rank - 1];
}

/**
 * The case of one run: a multiplier per driver, drawn in the order
 * deflection, volume, handling, applied to every department alike;
 * deflection capped at 1.
 */
export function monteCarloRunModel({
  model,
  random,
}: {
  model: CaseModel;
  random: Random;
}): CaseModel {
  const { deflection, volume, handling } = MONTE_CARLO_DRIVERS;
  // Draw order is part of the contract: a seed reproduces a run only if it holds.
  const deflectionFactor = 1 + triangular({ ...deflection, u: random() });
  const volumeFactor = 1 + triangular({ ...volume, u: random() });
  const handlingFactor = 1 + triangular({ ...handling, u: random() });
  return {
    ...model,
    departments: model.departments.map((d) => ({
      ...d,
      targetDeflection: Math.min(1, d.targetDeflection * deflectionFactor),
      monthlyVolume: d.monthlyVolume * volumeFactor,
      handlingMinutes: d.handlingMinutes * handlingFactor,
    })),
  };
}

/**
 * Monte Carlo over deflection, volume and handling time (domain §8).
 * Each run draws one multiplier per driver and applies it to every
 * department: the uncertainty is mostly shared (how realistic the
 * benchmarks are, how the audit counted), so departments move together.
 * A run that never pays back counts as +∞ in the payback percentiles.
 * Deterministic for a seed. Returns null for 0 runs.
 */
export function monteCarlo({
  model,
  runs,
  seed,
}: {
  model: CaseModel;
  runs: number;
  seed: number;
}): MonteCarloResult | null {
  if (runs <= 0) return null;
  const random = mulberry32({ seed });
  // Growth and discounting are not drawn: compute their powers once.
  const divisors = discountDivisors(model);
  const growthFactors = volumeGrowthFactors(model);
  const paybacks: number[] = [];
  const npvs: number[] = [];
  let paying = 0;
  for (let run = 0; run < runs; run += 1) {
    const { net } = cashFlowSeries({
      model: monteCarloRunModel({ model, random }),
      growthFactors,
    });
    const payback = paybackMonths({ net });
    if (payback !== null) paying += 1;
    paybacks.push(payback ?? Number.POSITIVE_INFINITY);
    npvs.push(presentValueWithDivisors({ net, divisors }));
  }
  paybacks.sort((a, b) => a - b);
  npvs.sort((a, b) => a - b);
  const finite = (value: number): number | null =>
    Number.isFinite(value) ? value : null;
  return {
    runs,
    seed,
    p10Payback: finite(nearestRank(paybacks, 0.1)),
    p50Payback: finite(nearestRank(paybacks, 0.5)),
    p90Payback: finite(nearestRank(paybacks, 0.9)),
    p10Npv: nearestRank(npvs, 0.1),
    p50Npv: nearestRank(npvs, 0.5),
    p90Npv: nearestRank(npvs, 0.9),
    probabilityOfPayback: paying / runs,
    npvHistogram: equalWidthHistogram({ sorted: npvs, bins: NPV_BINS }),
    paybackHistogram: paybackHistogram({ sorted: paybacks }),
    runsWithoutPayback: runs - paying,
  };
}
