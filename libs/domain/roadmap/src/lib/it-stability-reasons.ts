import { ItStabilityThresholds } from './it-stability-thresholds';

/** One of the weeks the gate judges. */
export type ItStabilityWeek = {
  /** The Monday it starts on, YYYY-MM-DD. */
  weekStart: string;
  /** Requests opened that week; 0 for a week without data. */
  total: number;
  deflected: number;
  /** deflected / total; null when total is 0. */
  deflectionRate: number | null;
};

const MAX_DIGITS = 9;

// "0.4" reads as "0.40" next to a figure of two decimals; a threshold that
// needs more digits (0.045) keeps them.
function formatThreshold(threshold: number): string {
  const short = threshold.toFixed(2);
  return Number(short) === threshold ? short : String(threshold);
}

/**
 * A figure next to the threshold it failed, with `digits` decimals or more:
 * never so few that it prints like the threshold ("0.40 < 0.40" for
 * 0.3999).
 */
export function formatAgainst(
  value: number,
  threshold: number,
  digits: number,
): string {
  let shown = digits;
  while (
    shown < MAX_DIGITS &&
    value.toFixed(shown) === threshold.toFixed(shown)
  )
    shown += 1;
  return value.toFixed(shown);
}

function listOf(items: readonly string[]): string {
  return items.length === 1
    ? items[0]
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Why the window lacks data, naming the weeks without any. */
export function missingDataReason({
  asOf,
  missing,
  windowSize,
}: {
  asOf: string;
  missing: readonly string[];
  windowSize: number;
}): string[] {
  if (missing.length === 0) return [];
  const withData = windowSize - missing.length;
  if (withData === 0) {
    return [
      `no complete weeks of data before ${asOf} (none for the weeks of ` +
        `${missing[0]} to ${missing[missing.length - 1]})`,
    ];
  }
  const weeks = withData === 1 ? 'week' : 'weeks';
  const theWeeks = missing.length === 1 ? 'the week' : 'the weeks';
  return [
    `only ${withData} complete ${weeks} of data before ${asOf}: no data for ` +
      `${theWeeks} of ${listOf(missing)} (counted as 0 requests)`,
  ];
}

/** A week with data but too few requests, or none to compute a rate. */
export function volumeReasons({
  weeks,
  missing,
  thresholds,
}: {
  weeks: readonly ItStabilityWeek[];
  missing: ReadonlySet<string>;
  thresholds: ItStabilityThresholds;
}): string[] {
  const { minRequestsPerWeek } = thresholds;
  return weeks.flatMap(({ weekStart, total }) => {
    if (missing.has(weekStart)) return [];
    if (total < minRequestsPerWeek) {
      const requests = total === 1 ? 'request' : 'requests';
      return [
        `week of ${weekStart} had ${total} ${requests} (< ${minRequestsPerWeek})`,
      ];
    }
    // Only reachable with a minimum of 0: the week passes the volume rule
    // but a rate over no request is undefined, so there is no mean.
    return total === 0
      ? [`week of ${weekStart} had no requests, so it has no deflection rate`]
      : [];
  });
}

/** The mean and the spread of the weekly rates against their thresholds. */
export function deflectionReasons({
  meanDeflection,
  stdDeflection,
  thresholds,
  tolerance,
}: {
  meanDeflection: number | null;
  stdDeflection: number | null;
  thresholds: ItStabilityThresholds;
  tolerance: number;
}): string[] {
  const { minMeanDeflection: min, maxStdDeflection: max } = thresholds;
  const reasons: string[] = [];
  if (meanDeflection !== null && meanDeflection < min - tolerance) {
    reasons.push(
      `mean deflection ${formatAgainst(meanDeflection, min, 2)} < ${formatThreshold(min)}`,
    );
  }
  if (stdDeflection !== null && stdDeflection > max + tolerance) {
    reasons.push(
      `standard deviation ${formatAgainst(stdDeflection, max, 3)} > ${formatThreshold(max)}`,
    );
  }
  return reasons;
}
