import { CaseModel } from './business-case-input';
import { programmeCost, volumeGrowthFactors } from './monthly-model';
import { discountDivisors } from './npv';
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
 * The payback and NPV of one run, fused into one pass without building the
 * run's model: the same multiplications, divisions and sums in the same
 * order as `monteCarloRunModel` → `cashFlowSeries` → `paybackMonths` and
 * `presentValueWithDivisors`, so the results are the same bits (a test
 * holds it to that), only without allocating per run. What does not change
 * between runs (growth and discount powers, ramp fractions) is computed once.
 */
export function runEvaluator(model: CaseModel): (random: Random) => { payback: number | null; npv: number } {
  const { deflection, volume, handling } = MONTE_CARLO_DRIVERS;
  const divisors = discountDivisors(model);
  const growth = volumeGrowthFactors(model);
  const departments = model.departments;
  const count = departments.length;
  const horizon = model.horizonMonths;
  const upFront = programmeCost({ model, month: 0 });
  const running = programmeCost({ model, month: 1 });
  // ramp[k × (horizon + 1) + m]: department k's ramp fraction in month m; goLive[k]: its first month.
  const stride = horizon + 1;
  const ramp = new Float64Array(count * stride);
  const goLive = new Int32Array(count);
  departments.forEach((d, k) => {
    goLive[k] = d.goLiveMonth;
    for (let month = d.goLiveMonth; month <= horizon; month += 1) ramp[k * stride + month] = Math.min(1, (month - d.goLiveMonth + 1) / d.rampMonths);
  });
  const growthOf = Float64Array.from(growth);
  const divisorOf = Float64Array.from(divisors);
  const target = new Float64Array(count);
  const volumeOf = new Float64Array(count);
  const saving = new Float64Array(count);
  const baseTarget = Float64Array.from(departments, (d) => d.targetDeflection);
  const baseVolume = Float64Array.from(departments, (d) => d.monthlyVolume);
  const baseMinutes = Float64Array.from(departments, (d) => d.handlingMinutes);
  const { loadedHourlyCost, residualCostPerDeflected } = model;
  const deflectionDraw = { ...deflection, u: 0 };
  const volumeDraw = { ...volume, u: 0 };
  const handlingDraw = { ...handling, u: 0 };
  return (random) => {
    deflectionDraw.u = random();
    const deflectionFactor = 1 + triangular(deflectionDraw);
    volumeDraw.u = random();
    const volumeFactor = 1 + triangular(volumeDraw);
    handlingDraw.u = random();
    const handlingFactor = 1 + triangular(handlingDraw);
    for (let k = 0; k < count; k += 1) {
      target[k] = Math.min(1, baseTarget[k] * deflectionFactor);
      volumeOf[k] = baseVolume[k] * volumeFactor;
      // savingPerDeflected, inlined: (minutes / 60) × hourly cost − residual.
      saving[k] = ((baseMinutes[k] * handlingFactor) / 60) * loadedHourlyCost - residualCostPerDeflected;
    }
    const net0 = 0 - upFront;
    let npv = 0 + net0 / divisorOf[0];
    let payback: number | null = net0 >= 0 ? 0 : null;
    let previous = net0;
    for (let month = 1; month <= horizon; month += 1) {
      let benefit = 0;
      for (let k = 0; k < count; k += 1) {
        if (month < goLive[k]) continue;
        benefit += volumeOf[k] * growthOf[month] * (target[k] * ramp[k * stride + month]) * saving[k];
      }
      const net = benefit - running;
      npv += net / divisorOf[month];
      if (payback === null) {
        const cumulative = previous + net;
        if (cumulative >= 0) payback = month - 1 + -previous / net;
        previous = cumulative;
      }
    }
    return { payback, npv };
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
  const run = runEvaluator(model);
  const paybacks: number[] = [];
  const npvs: number[] = [];
  let paying = 0;
  for (let i = 0; i < runs; i += 1) {
    const { payback, npv } = run(random);
    if (payback !== null) paying += 1;
    paybacks.push(payback ?? Number.POSITIVE_INFINITY);
    npvs.push(npv);
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
