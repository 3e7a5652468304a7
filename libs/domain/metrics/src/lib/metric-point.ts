import { nearestRankPercentile } from '@esm-planner/domain-audit';
import { parsePlainDate } from '@esm-planner/shared-util-dates';
import { readRequestFact, ReadRequestFact, RequestFact } from './request-fact';

const MS_PER_HOUR = 3_600_000;

/**
 * The service metrics of one department for one period (domain §3). Counts
 * are requests opened in the period; rates are fractions in [0, 1] and
 * `null` when their denominator is 0; durations are hours. A count is
 * `null` when the source did not report it (an imported weekly sheet
 * without that column), never for request-level data.
 */
export type MetricPoint = {
  /** First day of the period (a Monday, or the 1st of a month), YYYY-MM-DD. */
  periodStart: string;
  total: number;
  /** Resolution DEFLECTED or NO_TOUCH. */
  deflected: number;
  /** Resolution NO_TOUCH (a subset of deflected). */
  noTouch: number | null;
  /** resolvedAt present. */
  resolved: number | null;
  /** deflected / total. */
  deflectionRate: number | null;
  /** noTouch / total. */
  noTouchRate: number | null;
  /** resolved / total. */
  resolutionRate: number | null;
  /** Mean of resolvedAt − openedAt over the resolved requests, in hours. */
  mttrHours: number | null;
  /** Nearest-rank P50 (the lower middle for an even count), in hours. */
  medianResolutionHours: number | null;
  /** Nearest-rank P90, in hours. */
  p90ResolutionHours: number | null;
  slaMet: number | null;
  /** Requests with an SLA verdict (slaMet true or false). */
  slaTracked: number | null;
  /** slaMet / slaTracked. */
  slaAttainment: number | null;
  /** Reopened among the resolved requests. */
  reopened: number | null;
  /** reopened / resolved. */
  reopenRate: number | null;
};

/**
 * part / whole, or null when the whole is 0 or either is unknown: a rate
 * over nothing is undefined, not 0 and never NaN (domain §3).
 */
export function ratio({
  part,
  whole,
}: {
  part: number | null;
  whole: number | null;
}): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return part / whole;
}

/** The point of a period in which no request was opened. */
export function emptyMetricPoint({
  periodStart,
}: {
  periodStart: string;
}): MetricPoint {
  return pointOfReadFacts(periodStart, []);
}

/**
 * The metrics of one period from the requests opened in it. It does not
 * sort requests into periods: pass only that period's requests, or use
 * computeMetricPoints, which does.
 * @throws RangeError for an invalid request (see readRequestFact) or a
 * periodStart that is not a plain date.
 */
export function metricPoint({
  periodStart,
  requests,
}: {
  periodStart: string;
  requests: readonly RequestFact[];
}): MetricPoint {
  return pointOfReadFacts(periodStart, requests.map(readRequestFact));
}

/** metricPoint over requests already read (computeMetricPoints reads once). */
export function pointOfReadFacts(
  periodStart: string,
  facts: readonly ReadRequestFact[],
): MetricPoint {
  parsePlainDate(periodStart, 'periodStart');
  const count = (test: (fact: ReadRequestFact) => boolean): number =>
    facts.reduce((sum, fact) => sum + (test(fact) ? 1 : 0), 0);
  const total = facts.length;
  const deflected = count((fact) => fact.deflected);
  const noTouch = count((fact) => fact.noTouch);
  const slaMet = count((fact) => fact.slaMet === true);
  const slaTracked = count((fact) => fact.slaMet !== null);
  const reopened = count((fact) => fact.reopened);
  const durations = facts.flatMap((fact) =>
    fact.resolutionMs === null ? [] : [fact.resolutionMs],
  );
  const resolved = durations.length;
  return {
    periodStart,
    total,
    deflected,
    noTouch,
    resolved,
    deflectionRate: ratio({ part: deflected, whole: total }),
    noTouchRate: ratio({ part: noTouch, whole: total }),
    resolutionRate: ratio({ part: resolved, whole: total }),
    ...resolutionHours(durations),
    slaMet,
    slaTracked,
    slaAttainment: ratio({ part: slaMet, whole: slaTracked }),
    reopened,
    reopenRate: ratio({ part: reopened, whole: resolved }),
  };
}

function resolutionHours(
  durationsMs: readonly number[],
): Pick<
  MetricPoint,
  'mttrHours' | 'medianResolutionHours' | 'p90ResolutionHours'
> {
  // Summing whole milliseconds is exact (far below 2^53), so the mean is
  // one rounding, not one per request.
  const sumMs = durationsMs.reduce((sum, ms) => sum + ms, 0);
  const hours = durationsMs.map((ms) => ms / MS_PER_HOUR);
  return {
    mttrHours:
      durationsMs.length === 0
        ? null
        : sumMs / durationsMs.length / MS_PER_HOUR,
    medianResolutionHours: nearestRankPercentile({ values: hours, p: 0.5 }),
    p90ResolutionHours: nearestRankPercentile({ values: hours, p: 0.9 }),
  };
}
