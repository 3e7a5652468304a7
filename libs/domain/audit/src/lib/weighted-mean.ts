/**
 * Σ value × weight / Σ weight over the entries that have a value; entries
 * with a null or undefined value are left out, not counted as 0.
 * @returns the mean (null when no weight carries a value) and that weight.
 */
export function weightedMean({
  entries,
}: {
  entries: readonly { value?: number | null; weight: number }[];
}): { mean: number | null; weight: number } {
  let weighted = 0;
  let weight = 0;
  for (const entry of entries) {
    if (entry.value === null || entry.value === undefined) continue;
    weighted += entry.value * entry.weight;
    weight += entry.weight;
  }
  return { mean: weight > 0 ? weighted / weight : null, weight };
}
