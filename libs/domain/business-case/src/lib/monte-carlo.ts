import { CaseModel } from './business-case-input';
import { programmeCost, volumeGrowthFactors } from './monthly-model';
import { discountDivisors } from './npv';
import {
  MonteCarloResult,
  MonteCarloSamples,
  monteCarloSummary,
} from './monte-carlo-summary';
import { mulberry32, Random, triangular } from './random';

/** Relative changes drawn per run, as (min, mode, max) of a triangular distribution. */
export const MONTE_CARLO_DRIVERS = {
  deflection: { min: -0.3, mode: 0, max: 0.2 },
  volume: { min: -0.2, mode: 0, max: 0.2 },
  handling: { min: -0.2, mode: 0, max: 0.2 },
} as const;

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

/** Draws a run consumes from the generator: one per driver. */
export const DRAWS_PER_RUN = 3;

/**
 * One run's payback (+∞ when it does not pay back within the horizon) and
 * NPV, written into `out[0]` and `out[1]`: the same multiplications,
 * divisions and sums in the same order as `monteCarloRunModel` →
 * `cashFlowSeries` → `paybackMonths` and `presentValueWithDivisors`, so the
 * results are the same bits (a test holds it to that), without allocating
 * per run. What does not change between runs (growth and discount powers,
 * ramp fractions) is computed once, in typed arrays. Each month's benefit
 * is a sum over departments in input order: accumulating department by
 * department into the month's slot adds the same terms in the same order as
 * summing month by month, and skips the months before each go-live. Once a
 * department's ramp has reached 1 its term multiplies by the target alone:
 * target × 1 is the target exactly, so the bits stay and a load and a
 * multiplication per month go (about a fifth of the run's time).
 */
function runKernel(
  model: CaseModel,
): (random: Random, out: Float64Array) => void {
  const { deflection, volume, handling } = MONTE_CARLO_DRIVERS;
  const departments = model.departments;
  const count = departments.length;
  const horizon = model.horizonMonths;
  const upFront = programmeCost({ model, month: 0 });
  const running = programmeCost({ model, month: 1 });
  // ramp[k × (horizon + 1) + m]: department k's ramp fraction in month m;
  // goLive[k]: its first month; fullFrom[k]: its first month at ramp 1
  // (horizon + 1 if none).
  const stride = horizon + 1;
  const ramp = new Float64Array(count * stride);
  const goLive = new Int32Array(count);
  const fullFrom = new Int32Array(count).fill(horizon + 1);
  departments.forEach((d, k) => {
    goLive[k] = d.goLiveMonth;
    for (let month = horizon; month >= d.goLiveMonth; month -= 1) {
      const fraction = Math.min(1, (month - d.goLiveMonth + 1) / d.rampMonths);
      ramp[k * stride + month] = fraction;
      if (fraction === 1) fullFrom[k] = month;
    }
  });
  const growthOf = Float64Array.from(volumeGrowthFactors(model));
  const divisorOf = Float64Array.from(discountDivisors(model));
  const baseTarget = Float64Array.from(departments, (d) => d.targetDeflection);
  const baseVolume = Float64Array.from(departments, (d) => d.monthlyVolume);
  const baseMinutes = Float64Array.from(departments, (d) => d.handlingMinutes);
  const benefitOf = new Float64Array(stride);
  const { loadedHourlyCost, residualCostPerDeflected } = model;
  const deflectionDraw = { ...deflection, u: 0 };
  const volumeDraw = { ...volume, u: 0 };
  const handlingDraw = { ...handling, u: 0 };
  return (random, out) => {
    deflectionDraw.u = random();
    const deflectionFactor = 1 + triangular(deflectionDraw);
    volumeDraw.u = random();
    const volumeFactor = 1 + triangular(volumeDraw);
    handlingDraw.u = random();
    const handlingFactor = 1 + triangular(handlingDraw);
    benefitOf.fill(0);
    for (let k = 0; k < count; k += 1) {
      const target = Math.min(1, baseTarget[k] * deflectionFactor);
      const volumeNow = baseVolume[k] * volumeFactor;
      // savingPerDeflected, inlined: (minutes / 60) × hourly cost − residual.
      const saving =
        ((baseMinutes[k] * handlingFactor) / 60) * loadedHourlyCost -
        residualCostPerDeflected;
      const row = k * stride;
      const full = fullFrom[k];
      let month = goLive[k];
      for (; month < full; month += 1) {
        benefitOf[month] +=
          volumeNow * growthOf[month] * (target * ramp[row + month]) * saving;
      }
      for (; month <= horizon; month += 1) {
        benefitOf[month] += volumeNow * growthOf[month] * target * saving;
      }
    }
    const net0 = 0 - upFront;
    let npv = 0 + net0 / divisorOf[0];
    let payback = net0 >= 0 ? 0 : Number.POSITIVE_INFINITY;
    let previous = net0;
    for (let month = 1; month <= horizon; month += 1) {
      const net = benefitOf[month] - running;
      npv += net / divisorOf[month];
      if (payback === Number.POSITIVE_INFINITY) {
        const cumulative = previous + net;
        if (cumulative >= 0) payback = month - 1 + -previous / net;
        previous = cumulative;
      }
    }
    out[0] = payback;
    out[1] = npv;
  };
}

/** The payback (null: not within the horizon) and NPV of one run; see `runKernel`. */
export function runEvaluator(
  model: CaseModel,
): (random: Random) => { payback: number | null; npv: number } {
  const kernel = runKernel(model);
  const out = new Float64Array(2);
  return (random) => {
    kernel(random, out);
    return { payback: Number.isFinite(out[0]) ? out[0] : null, npv: out[1] };
  };
}

/**
 * Runs `firstRun` … `firstRun + runs − 1` of the seed's sequence. The
 * generator is started where run `firstRun` begins (DRAWS_PER_RUN draws a
 * run), so samples computed in slices — on several threads — are the same
 * numbers as one pass computes.
 */
export function monteCarloSamples({
  model,
  seed,
  firstRun = 0,
  runs,
}: {
  model: CaseModel;
  seed: number;
  firstRun?: number;
  runs: number;
}): MonteCarloSamples {
  const random = mulberry32({ seed, skip: firstRun * DRAWS_PER_RUN });
  const kernel = runKernel(model);
  const out = new Float64Array(2);
  const paybacks = new Float64Array(runs);
  const npvs = new Float64Array(runs);
  for (let i = 0; i < runs; i += 1) {
    kernel(random, out);
    paybacks[i] = out[0];
    npvs[i] = out[1];
  }
  return { paybacks, npvs };
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
  return monteCarloSummary({
    seed,
    ...monteCarloSamples({ model, seed, runs }),
  });
}
