import { DepartmentKind } from '@esm-planner/domain-departments';

/**
 * Published deflection targets at month 3 after go-live, from live
 * deployments of an AI-native ESM platform (domain §3). Fractions in
 * [0, 1]. LEGAL, FACILITIES and OTHER have no published figure.
 */
export const DEFLECTION_BENCHMARKS: Readonly<
  Partial<Record<DepartmentKind, number>>
> = Object.freeze({
  IT: 0.75,
  HR: 0.68,
  PROCUREMENT: 0.58,
  SECURITY: 0.42,
  FINANCE: 0.36,
});

/**
 * The target used for a kind without a published figure until the
 * organisation sets one; always labelled an assumption (domain §3).
 */
export const ASSUMED_DEFLECTION_TARGET = 0.3;

/** No-touch resolution reference: 0.48 of requests by week two (domain §3). */
export const NO_TOUCH_REFERENCE = Object.freeze({ rate: 0.48, byWeek: 2 });

/**
 * Where a target comes from: the published benchmark, the organisation's
 * own setting for the department, or the 0.30 assumption.
 */
export type BenchmarkSource = 'PUBLISHED' | 'ORGANIZATION' | 'ASSUMPTION';

export type DeflectionBenchmark = { target: number; source: BenchmarkSource };

/**
 * The problem with a benchmark an organisation sets for a department, or
 * null: it must be a fraction in (0, 1] — a target of 0 would mean "no
 * deflection expected", which is no target. null (go back to the published
 * figure) is always fine.
 */
export function deflectionBenchmarkProblem(
  benchmark: number | null | undefined,
): string | null {
  if (benchmark === null || benchmark === undefined) return null;
  return Number.isFinite(benchmark) && benchmark > 0 && benchmark <= 1
    ? null
    : `benchmark must be a fraction greater than 0 and at most 1 (0.6 for 60%), got ${benchmark}`;
}

/** The benchmark of a kind without the organisation's figure: published, or the 0.30 assumption. */
export function publishedBenchmarkFor({
  kind,
}: {
  kind: DepartmentKind;
}): DeflectionBenchmark {
  const published = DEFLECTION_BENCHMARKS[kind];
  return published === undefined
    ? { target: ASSUMED_DEFLECTION_TARGET, source: 'ASSUMPTION' }
    : { target: published, source: 'PUBLISHED' };
}

/**
 * A department's deflection benchmark (domain §3): the figure its
 * organisation set for it (`setDeflectionBenchmark`), else the published
 * benchmark for its kind, else the 0.30 assumption. Every reader of a
 * benchmark — metrics and gaps, the business case defaults, the roadmap's
 * benefit, the maturity evidence — goes through this.
 * @throws RangeError when the organisation's figure is not a fraction in (0, 1].
 */
export function benchmarkFor({
  kind,
  organizationBenchmark = null,
}: {
  kind: DepartmentKind;
  /** What the organisation set for this department; null when it set nothing. */
  organizationBenchmark?: number | null;
}): DeflectionBenchmark {
  if (organizationBenchmark === null || organizationBenchmark === undefined)
    return publishedBenchmarkFor({ kind });
  const problem = deflectionBenchmarkProblem(organizationBenchmark);
  if (problem) throw new RangeError(problem);
  return { target: organizationBenchmark, source: 'ORGANIZATION' };
}
