import { DeflectionBenchmark } from './benchmarks';
import { ratio } from './metric-point';

export type DepartmentDeflection = {
  total: number;
  deflected: number;
  /** deflected / total; null when there were no requests. */
  deflectionRate: number | null;
  benchmark: DeflectionBenchmark;
  /** deflectionRate − benchmark target (negative: below target); null without a rate. */
  gapToBenchmark: number | null;
};

/** A department's deflection over a range against its benchmark (domain §3). */
export function departmentDeflection({
  total,
  deflected,
  benchmark,
}: {
  total: number;
  deflected: number;
  benchmark: DeflectionBenchmark;
}): DepartmentDeflection {
  if (!(
    Number.isInteger(total) &&
    Number.isInteger(deflected) &&
    total >= 0 &&
    deflected >= 0 &&
    deflected <= total
  )) {
    throw new RangeError(
      `deflected (${deflected}) and total (${total}) must be counts with deflected ≤ total`,
    );
  }
  const deflectionRate = ratio({ part: deflected, whole: total });
  return {
    total,
    deflected,
    deflectionRate,
    benchmark,
    gapToBenchmark:
      deflectionRate === null ? null : deflectionRate - benchmark.target,
  };
}
