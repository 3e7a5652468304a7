/** One bar of a histogram: values v with from ≤ v < to (the last bar also holds v = to). */
export type HistogramBin = { from: number; to: number; count: number };

/** Bars of the NPV histogram: enough to show the shape, few enough to read. */
export const NPV_BINS = 20;
/** The payback histogram uses whole-month bars unless the spread needs more than this many. */
export const MAX_PAYBACK_BINS = 40;

// The bar of a value; the top edge belongs to the last bar so the maximum is counted.
function binIndex(
  value: number,
  from: number,
  width: number,
  bins: number,
): number {
  return Math.min(bins - 1, Math.max(0, Math.floor((value - from) / width)));
}

function countInto(
  sorted: ArrayLike<number>,
  from: number,
  width: number,
  bins: number,
): HistogramBin[] {
  const result: HistogramBin[] = Array.from({ length: bins }, (_, i) => ({
    from: from + i * width,
    to: from + (i + 1) * width,
    count: 0,
  }));
  for (let i = 0; i < sorted.length; i += 1)
    result[binIndex(sorted[i], from, width, bins)].count += 1;
  return result;
}

/**
 * Equal-width bars between the smallest and largest value (`bins` of them);
 * one bar [v, v] when every value is the same; [] for no values.
 * Example: [0, 1, 2, 3, 4] in 2 bars → [0, 2) holds 0 and 1, [2, 4] holds 2, 3 and 4.
 */
export function equalWidthHistogram({
  sorted,
  bins,
}: {
  sorted: ArrayLike<number>;
  bins: number;
}): HistogramBin[] {
  if (sorted.length === 0) return [];
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (max === min) return [{ from: min, to: max, count: sorted.length }];
  return countInto(sorted, min, (max - min) / bins, bins);
}

/**
 * Payback months of the runs that pay back, in bars one month wide from the
 * whole month below the fastest to the whole month above the slowest (wider
 * whole-month bars when that would be more than MAX_PAYBACK_BINS). Runs that
 * never pay back (+∞) are left out: the result reports them as a count.
 * Example: 7.4, 8.1, 8.2, 9.0 → [7, 8) 1, [8, 9) 2, [9, 10) 1.
 */
export function paybackHistogram({
  sorted,
}: {
  sorted: ArrayLike<number>;
}): HistogramBin[] {
  // Sorted, the finite values lie between any −∞ before and +∞ (or NaN) after
  // them: counted where they lie, not copied out (100,000 runs in the API).
  let first = 0;
  while (first < sorted.length && !Number.isFinite(sorted[first])) first += 1;
  let end = sorted.length;
  while (end > first && !Number.isFinite(sorted[end - 1])) end -= 1;
  if (end === first) return [];
  const from = Math.floor(sorted[first]);
  // A maximum on a whole month still needs a bar above it: [9, 10) holds 9.0.
  const to = Math.floor(sorted[end - 1]) + 1;
  const width = Math.ceil((to - from) / MAX_PAYBACK_BINS);
  const bins = Math.ceil((to - from) / width);
  const result: HistogramBin[] = Array.from({ length: bins }, (_, i) => ({
    from: from + i * width,
    to: from + (i + 1) * width,
    count: 0,
  }));
  for (let i = first; i < end; i += 1)
    result[Math.floor((sorted[i] - from) / width)].count += 1;
  return result;
}
