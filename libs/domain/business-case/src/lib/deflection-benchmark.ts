import { DepartmentKind } from '@esm-planner/domain-departments';
import { benchmarkFor } from '@esm-planner/domain-metrics';

/** Where a department's target deflection came from. */
export type DeflectionOrigin = 'ENTERED' | 'BENCHMARK' | 'ASSUMPTION';

/**
 * The published benchmark for a kind (domain §3, kept in domain-metrics),
 * or the 0.30 assumption when it has none — labelled so the case can warn.
 */
export function benchmarkDeflection({ kind }: { kind: DepartmentKind }): {
  value: number;
  origin: Exclude<DeflectionOrigin, 'ENTERED'>;
} {
  const { target, source } = benchmarkFor({ kind });
  return { value: target, origin: source === 'ASSUMPTION' ? 'ASSUMPTION' : 'BENCHMARK' };
}
