/**
 * The payback band, in months, that cloud ESM deployments typically report
 * (domain §8 background).
 */
export const BENCHMARK_PAYBACK_MONTHS = { low: 14, high: 22 } as const;

export type BenchmarkPosition = 'FASTER' | 'WITHIN' | 'SLOWER' | 'NEVER';

export type BenchmarkPayback = {
  low: number;
  high: number;
  position: BenchmarkPosition;
};

/** Where a payback falls against the 14–22-month band (both ends inside). */
export function benchmarkPayback({
  paybackMonths,
}: {
  paybackMonths: number | null;
}): BenchmarkPayback {
  const { low, high } = BENCHMARK_PAYBACK_MONTHS;
  let position: BenchmarkPosition;
  if (paybackMonths === null) position = 'NEVER';
  else if (paybackMonths < low) position = 'FASTER';
  else if (paybackMonths > high) position = 'SLOWER';
  else position = 'WITHIN';
  return { low, high, position };
}
