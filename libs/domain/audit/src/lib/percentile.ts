// p × n in binary floating point can land a hair above an integer
// (0.7 × 10 = 7.000000000000001), and ceil would then skip a rank.
const RANK_TOLERANCE = 1e-9;

/**
 * Nearest-rank percentile: sort ascending and take the value at rank
 * ceil(p × n) (1-based). It is always one of the values, never an
 * interpolation. `p` is a fraction in (0, 1]: 0.9 for P90.
 * @returns null when there are no values.
 * @throws RangeError when p is outside (0, 1] or a value is not finite.
 */
export function nearestRankPercentile({
  values,
  p,
}: {
  values: readonly number[];
  p: number;
}): number | null {
  if (!(p > 0 && p <= 1)) {
    throw new RangeError(`percentile p must be in (0, 1], got ${p}`);
  }
  if (values.some((value) => !Number.isFinite(value))) {
    throw new RangeError('percentile values must be finite numbers');
  }
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length - RANK_TOLERANCE));
  return sorted[rank - 1];
}

/**
 * The median as nearest-rank P50 (rank ceil(n / 2)), the same rule as every
 * other percentile here. For an even count it is the lower middle value,
 * not the mean of the two middle values.
 */
export function median({
  values,
}: {
  values: readonly number[];
}): number | null {
  return nearestRankPercentile({ values, p: 0.5 });
}
