import {
  periodStartOfDate,
  weeklyRowProblems,
} from '@esm-planner/domain-metrics';
import { addDays, isPlainDate } from '@esm-planner/shared-util-dates';
import {
  deflectionReasons,
  ItStabilityWeek,
  missingDataReason,
  volumeReasons,
} from './it-stability-reasons';
import {
  ItStabilityThresholds,
  itStabilityThresholdProblems,
  resolveItStabilityThresholds,
} from './it-stability-thresholds';
import { mean, populationStandardDeviation } from './population-statistics';

/** How many complete weeks the gate judges (domain §6). */
export const IT_STABILITY_WEEKS = 6;

/**
 * Rates are ratios of counts and their mean and deviation sums of floats:
 * 6 × 20/50 averages to 0.39999999999999997, not 0.4. A figure within this
 * of its threshold meets it, so float noise never decides the gate.
 */
export const IT_STABILITY_TOLERANCE = 1e-9;

/** One week of IT's figures, as imported or computed from its requests. */
export type ItWeekInput = {
  weekStart: string;
  total: number;
  deflected: number;
};

export type ItStability = {
  /** True exactly when `reasons` is empty. */
  stable: boolean;
  asOf: string;
  /** Unweighted mean of the 6 weekly rates; null unless all 6 have one. */
  meanDeflection: number | null;
  /** Their population standard deviation; null unless all 6 have a rate. */
  stdDeflection: number | null;
  /** The 6 complete weeks before asOf, oldest first; weeks without data as 0. */
  weeks: ItStabilityWeek[];
  /** Every reason it is not stable, in plain words with the figures. */
  reasons: string[];
  thresholds: ItStabilityThresholds;
};

/**
 * Whether IT is stable at `asOf` (domain §6): its last 6 complete weeks
 * (Monday–Sunday weeks whose Sunday is before asOf) each have at least
 * minRequestsPerWeek requests, the mean of their deflection rates is at
 * least minMeanDeflection and their population standard deviation at most
 * maxStdDeflection. A week without data counts as a week of 0 requests, so
 * it fails the volume rule and leaves no mean. Weeks outside the window
 * are ignored.
 * @throws RangeError for an invalid asOf, invalid thresholds (see
 * itStabilityThresholdProblems) or an invalid or repeated week.
 */
export function itStability({
  asOf,
  weeks,
  thresholds: settings = {},
}: {
  asOf: string;
  weeks: readonly ItWeekInput[];
  thresholds?: Partial<ItStabilityThresholds>;
}): ItStability {
  if (!isPlainDate(asOf)) {
    throw new RangeError(
      `asOf must be a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`,
    );
  }
  const problems = itStabilityThresholdProblems({ thresholds: settings });
  if (problems.length > 0)
    throw new RangeError(problems.map((p) => p.message).join('; '));
  const thresholds = resolveItStabilityThresholds({ thresholds: settings });
  const byWeek = weeksByStart(weeks);
  const window = completeWeeksBefore(asOf);
  const missing = window.filter((weekStart) => !byWeek.has(weekStart));
  const judged = window.map((weekStart) =>
    judgedWeek(weekStart, byWeek.get(weekStart)),
  );
  const { meanDeflection, stdDeflection } = spreadOf(judged);
  const reasons = [
    ...missingDataReason({ asOf, missing, windowSize: IT_STABILITY_WEEKS }),
    ...volumeReasons({ weeks: judged, missing: new Set(missing), thresholds }),
    ...deflectionReasons({
      meanDeflection,
      stdDeflection,
      thresholds,
      tolerance: IT_STABILITY_TOLERANCE,
    }),
  ];
  return {
    stable: reasons.length === 0,
    asOf,
    meanDeflection,
    stdDeflection,
    weeks: judged,
    reasons,
    thresholds,
  };
}

/**
 * The Mondays of the 6 complete weeks before asOf, oldest first. The week
 * holding asOf is never complete (its Sunday is asOf or later), so the last
 * complete week starts 7 days before asOf's Monday: on Monday 9 March and
 * on Sunday 15 March alike it is the week of 2 March.
 */
export function completeWeeksBefore(asOf: string): string[] {
  const monday = periodStartOfDate({ date: asOf, grain: 'WEEK' });
  return Array.from({ length: IT_STABILITY_WEEKS }, (_, index) =>
    addDays({ date: monday, days: -7 * (IT_STABILITY_WEEKS - index) }),
  );
}

function weeksByStart(weeks: readonly ItWeekInput[]): Map<string, ItWeekInput> {
  const byStart = new Map<string, ItWeekInput>();
  weeks.forEach((week, index) => {
    const problems = weeklyRowProblems({ row: week }).map((p) => p.message);
    if (byStart.has(week.weekStart))
      problems.push(`week ${week.weekStart} appears twice`);
    if (problems.length > 0) {
      throw new RangeError(`IT week ${index}: ${problems.join('; ')}`);
    }
    byStart.set(week.weekStart, week);
  });
  return byStart;
}

// Mean and deviation need a rate for each of the 6 weeks; with fewer they
// would judge a shorter period than the gate names.
function spreadOf(
  weeks: readonly ItStabilityWeek[],
): Pick<ItStability, 'meanDeflection' | 'stdDeflection'> {
  const rates = weeks.flatMap(({ deflectionRate }) =>
    deflectionRate === null ? [] : [deflectionRate],
  );
  if (rates.length < IT_STABILITY_WEEKS) {
    return { meanDeflection: null, stdDeflection: null };
  }
  return {
    meanDeflection: mean({ values: rates }),
    stdDeflection: populationStandardDeviation({ values: rates }),
  };
}

function judgedWeek(
  weekStart: string,
  week: ItWeekInput | undefined,
): ItStabilityWeek {
  const total = week?.total ?? 0;
  const deflected = week?.deflected ?? 0;
  return {
    weekStart,
    total,
    deflected,
    deflectionRate: total === 0 ? null : deflected / total,
  };
}
