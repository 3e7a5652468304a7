/** The arithmetic mean, or null for no values. */
export function mean({ values }: { values: readonly number[] }): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * The population standard deviation, √(Σ (x − mean)² / n), or null for no
 * values. Population, not sample (n − 1): the six weeks are the whole
 * period the gate judges, not a sample of a larger one (domain §6).
 */
export function populationStandardDeviation({
  values,
}: {
  values: readonly number[];
}): number | null {
  const centre = mean({ values });
  if (centre === null) return null;
  const squares = values.map((value) => (value - centre) ** 2);
  return Math.sqrt(mean({ values: squares })!);
}
