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
 * own setting, or the 0.30 assumption.
 */
export type BenchmarkSource = 'PUBLISHED' | 'ORGANIZATION' | 'ASSUMPTION';

export type DeflectionBenchmark = { target: number; source: BenchmarkSource };

/** The organisation's own targets, by kind; they replace the published ones. */
export type DeflectionTargetOverrides = Readonly<
  Partial<Record<DepartmentKind, number | null>>
>;

/**
 * Every problem with an organisation's targets: each must be a fraction in
 * [0, 1]. A null target means "not set".
 */
export function deflectionTargetProblems({
  overrides,
}: {
  overrides: DeflectionTargetOverrides;
}): string[] {
  return Object.entries(overrides).flatMap(([kind, target]) =>
    target === null || target === undefined || (target >= 0 && target <= 1)
      ? []
      : [
          `the deflection target for ${kind} must be between 0 and 1, got ${target}`,
        ],
  );
}

/**
 * The deflection target of a kind of department: the organisation's own
 * when it set one, else the published benchmark, else the 0.30 assumption.
 * @throws RangeError when the organisation's target for that kind is not a
 * fraction in [0, 1].
 */
export function benchmarkFor({
  kind,
  organizationOverrides = {},
}: {
  kind: DepartmentKind;
  organizationOverrides?: DeflectionTargetOverrides;
}): DeflectionBenchmark {
  const own = organizationOverrides[kind] ?? null;
  if (own !== null) {
    const [problem] = deflectionTargetProblems({ overrides: { [kind]: own } });
    if (problem) throw new RangeError(problem);
    return { target: own, source: 'ORGANIZATION' };
  }
  const published = DEFLECTION_BENCHMARKS[kind];
  return published === undefined
    ? { target: ASSUMED_DEFLECTION_TARGET, source: 'ASSUMPTION' }
    : { target: published, source: 'PUBLISHED' };
}
