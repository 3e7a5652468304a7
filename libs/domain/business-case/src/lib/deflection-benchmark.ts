import { DepartmentKind } from '@esm-planner/domain-departments';

/**
 * Deflection targets at month 3 after go-live, from live deployments of an
 * AI-native ESM platform (domain §3). Fractions in [0, 1].
 */
export const DEFLECTION_BENCHMARKS: Readonly<
  Partial<Record<DepartmentKind, number>>
> = {
  IT: 0.75,
  HR: 0.68,
  PROCUREMENT: 0.58,
  SECURITY: 0.42,
  FINANCE: 0.36,
};

/**
 * LEGAL, FACILITIES and OTHER have no published figure; until the
 * organisation sets one the case uses this and labels it an assumption.
 */
export const ASSUMED_DEFLECTION = 0.3;

/** Where a department's target deflection came from. */
export type DeflectionOrigin = 'ENTERED' | 'BENCHMARK' | 'ASSUMPTION';

/** The benchmark for a kind, or the 0.30 assumption when it has none. */
export function benchmarkDeflection({ kind }: { kind: DepartmentKind }): {
  value: number;
  origin: Exclude<DeflectionOrigin, 'ENTERED'>;
} {
  const value = DEFLECTION_BENCHMARKS[kind];
  return value === undefined
    ? { value: ASSUMED_DEFLECTION, origin: 'ASSUMPTION' }
    : { value, origin: 'BENCHMARK' };
}
