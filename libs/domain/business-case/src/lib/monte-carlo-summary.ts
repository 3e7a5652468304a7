import {
  equalWidthHistogram,
  HistogramBin,
  NPV_BINS,
  paybackHistogram,
} from './monte-carlo-histogram';

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

/** Paybacks (+∞ for a run that does not pay back) and NPVs of consecutive runs. */
export type MonteCarloSamples = { paybacks: Float64Array; npvs: Float64Array };

// Same rule as the audit's percentiles (docs/domain/audit.md): rank
// ceil(p × n), 1-based, with a tolerance for p × n landing a hair above an
// integer in floating point.
function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length - 1e-9));
  return sorted[rank - 1];
}

/** Sorts both series in place, ascending, and returns them. */
export function sortSamples(samples: MonteCarloSamples): MonteCarloSamples {
  // Numeric sorts of typed arrays: no comparator calls.
  samples.paybacks.sort();
  samples.npvs.sort();
  return samples;
}

// Whether `a` comes first in the order a typed array's sort gives: numeric,
// −0 before +0, NaN last.
function comesFirst(a: number, b: number): boolean {
  if (a < b || b !== b) return true;
  return a === b && (a !== 0 || !Object.is(b, -0));
}

function mergeTwo(a: Float64Array, b: Float64Array): Float64Array {
  const merged = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    merged[k++] = comesFirst(a[i], b[j]) ? a[i++] : b[j++];
  }
  merged.set(a.subarray(i), k);
  merged.set(b.subarray(j), k + a.length - i);
  return merged;
}

function mergeAll(series: Float64Array[]): Float64Array {
  if (series.length === 0) return new Float64Array(0);
  let rounds = series;
  while (rounds.length > 1) {
    const next: Float64Array[] = [];
    for (let i = 0; i < rounds.length; i += 2) {
      next.push(
        i + 1 < rounds.length ? mergeTwo(rounds[i], rounds[i + 1]) : rounds[i],
      );
    }
    rounds = next;
  }
  return rounds[0];
}

/**
 * Sorted slices (each from `sortSamples`) merged into one sorted pair of
 * series: the numbers sorting them together gives, in linear time per
 * merge round — so slices computed and sorted on several threads are
 * summarised without sorting all runs again.
 */
export function mergeSortedSamples(
  slices: readonly MonteCarloSamples[],
): MonteCarloSamples {
  return {
    paybacks: mergeAll(slices.map((slice) => slice.paybacks)),
    npvs: mergeAll(slices.map((slice) => slice.npvs)),
  };
}

/** The result of all runs' samples, already sorted (`sortSamples`, `mergeSortedSamples`). */
export function sortedSamplesSummary({
  seed,
  paybacks,
  npvs,
}: MonteCarloSamples & { seed: number }): MonteCarloResult {
  const runs = npvs.length;
  let paying = 0;
  while (paying < runs && Number.isFinite(paybacks[paying])) paying += 1;
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

/**
 * The result of all runs' samples (in any order: they are sorted here, in
 * place). A run that never pays back counts as +∞ in the payback percentiles.
 */
export function monteCarloSummary(
  samples: MonteCarloSamples & { seed: number },
): MonteCarloResult {
  sortSamples(samples);
  return sortedSamplesSummary(samples);
}
