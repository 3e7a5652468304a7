import {
  FieldProblem,
  fieldProblem,
} from '@esm-planner/shared-util-field-problems';
/**
 * The IT-stability gate's thresholds (domain §6), organisation settings:
 * each of the last 6 complete weeks needs at least `minRequestsPerWeek`
 * requests, their mean deflection rate at least `minMeanDeflection` and
 * their population standard deviation at most `maxStdDeflection`.
 */
export type ItStabilityThresholds = {
  /** Requests per week; a non-negative integer. */
  minRequestsPerWeek: number;
  /** A fraction in [0, 1]. */
  minMeanDeflection: number;
  /** A fraction in [0, 1] (a deviation of rates, in rate units). */
  maxStdDeflection: number;
};

export const DEFAULT_IT_STABILITY_THRESHOLDS: Readonly<ItStabilityThresholds> =
  Object.freeze({
    minRequestsPerWeek: 50,
    minMeanDeflection: 0.4,
    maxStdDeflection: 0.05,
  });

/** The defaults with the organisation's own settings over them. */
export function resolveItStabilityThresholds({
  thresholds = {},
}: {
  thresholds?: Partial<ItStabilityThresholds>;
}): ItStabilityThresholds {
  const defined = Object.fromEntries(
    Object.entries(thresholds).filter(([, value]) => value !== undefined),
  );
  return { ...DEFAULT_IT_STABILITY_THRESHOLDS, ...defined };
}

/**
 * Every problem with an organisation's thresholds, for input validation:
 * minRequestsPerWeek must be a non-negative integer, the two rates
 * fractions in [0, 1]. Missing settings take their defaults.
 */
export function itStabilityThresholdProblems({
  thresholds,
}: {
  thresholds: Partial<ItStabilityThresholds>;
}): FieldProblem[] {
  const { minRequestsPerWeek, minMeanDeflection, maxStdDeflection } =
    resolveItStabilityThresholds({ thresholds });
  const problems: FieldProblem[] = [];
  if (!(Number.isInteger(minRequestsPerWeek) && minRequestsPerWeek >= 0)) {
    problems.push(
      fieldProblem(
        'minRequestsPerWeek',
        `minRequestsPerWeek must be a whole number of requests, 0 or more, got ${minRequestsPerWeek}`,
        minRequestsPerWeek,
      ),
    );
  }
  for (const [name, value] of [
    ['minMeanDeflection', minMeanDeflection],
    ['maxStdDeflection', maxStdDeflection],
  ] as const) {
    if (!(typeof value === 'number' && value >= 0 && value <= 1)) {
      problems.push(
        fieldProblem(
          name,
          `${name} must be a fraction between 0 and 1, got ${value}`,
          value,
        ),
      );
    }
  }
  return problems;
}
