import { DepartmentKind } from '@esm-planner/domain-departments';
import { benchmarkFor, DeflectionBenchmark } from '@esm-planner/domain-metrics';

/** Where a department's target deflection came from. */
export type DeflectionOrigin = 'ENTERED' | 'BENCHMARK' | 'ASSUMPTION';

/**
 * The deflection a department's case defaults to: its benchmark (domain §3,
 * kept in domain-metrics) — the figure the organisation set for it when the
 * API passes one, else the published benchmark for its kind — or the 0.30
 * assumption when it has neither, labelled so the case can warn. A figure
 * the organisation set is a benchmark, not an assumption, whatever the kind.
 */
export function benchmarkDeflection({
  kind,
  benchmark,
}: {
  kind: DepartmentKind;
  benchmark?: DeflectionBenchmark | null;
}): {
  value: number;
  origin: Exclude<DeflectionOrigin, 'ENTERED'>;
  source: DeflectionBenchmark['source'];
} {
  const { target, source } = benchmark ?? benchmarkFor({ kind });
  return {
    value: target,
    origin: source === 'ASSUMPTION' ? 'ASSUMPTION' : 'BENCHMARK',
    source,
  };
}
