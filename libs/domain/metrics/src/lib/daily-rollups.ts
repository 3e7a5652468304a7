import { MetricPoint, ratio } from './metric-point';
import {
  Grain,
  nextPeriodEpochDay,
  periodsBetween,
  periodStartEpochDay,
} from './period';
import { formatEpochDay, parsePlainDate } from '@esm-planner/shared-util-dates';

const MS_PER_HOUR = 3_600_000;

/**
 * One department's requests opened on one local day (the organisation's
 * time zone), as the import keeps them: counts and the sum of resolution
 * times, which add up over any days.
 */
export type DailyRollup = {
  /** YYYY-MM-DD, a local date. */
  day: string;
  total: number;
  deflected: number;
  noTouch: number;
  resolved: number;
  slaMet: number;
  slaTracked: number;
  /** Reopened among the resolved. */
  reopened: number;
  /** Σ (resolvedAt − openedAt) over the resolved requests, in milliseconds. */
  resolutionMsSum: number;
};

/**
 * The exact nearest-rank median and P90 of one period's resolution times
 * (they do not add up from days, so they are kept per week and month).
 */
export type PeriodResolution = {
  periodStart: string;
  resolved: number;
  medianMs: number;
  p90Ms: number;
};

/** The first and the after-last day of the periods overlapping [from, to]: the days to read. */
export function rollupDayRange({
  from,
  to,
  grain,
}: {
  from: string;
  to: string;
  grain: Grain;
}): { firstDay: string; endDay: string } {
  const starts = periodsBetween({ from, to, grain });
  const last = parsePlainDate(starts[starts.length - 1], 'periodStart');
  return {
    firstDay: starts[0],
    endDay: formatEpochDay(nextPeriodEpochDay(last, grain)),
  };
}

const ZERO = {
  total: 0,
  deflected: 0,
  noTouch: 0,
  resolved: 0,
  slaMet: 0,
  slaTracked: 0,
  reopened: 0,
  resolutionMsSum: 0,
};
type Sums = typeof ZERO;

/**
 * The service metrics of one department per period from its daily
 * rollups: the same points as computeMetricPoints over the requests
 * themselves (one per period overlapping [from, to], oldest first, empty
 * periods as total 0), with the period's median and P90 taken from
 * `resolutions` (keyed by periodStart, the same grain).
 * @throws RangeError for an invalid range, or a period whose resolved count
 * differs between the days and its resolution row (rollups out of step).
 */
export function pointsFromDailyRollups({
  days,
  resolutions,
  from,
  to,
  grain,
}: {
  days: readonly DailyRollup[];
  resolutions: readonly PeriodResolution[];
  from: string;
  to: string;
  grain: Grain;
}): MetricPoint[] {
  const starts = periodsBetween({ from, to, grain });
  const sums = new Map<string, Sums>(
    starts.map((start) => [start, { ...ZERO }]),
  );
  for (const day of days) {
    const start = formatEpochDay(
      periodStartEpochDay(parsePlainDate(day.day, 'day'), grain),
    );
    const sum = sums.get(start);
    if (!sum) continue;
    for (const key of Object.keys(ZERO) as (keyof Sums)[]) sum[key] += day[key];
  }
  const byStart = new Map(resolutions.map((row) => [row.periodStart, row]));
  return starts.map((periodStart) => {
    const sum = sums.get(periodStart)!;
    const percentiles = byStart.get(periodStart);
    if (sum.resolved > 0 && percentiles?.resolved !== sum.resolved) {
      throw new RangeError(
        `period ${periodStart}: ${sum.resolved} resolved in the days but ${percentiles?.resolved ?? 'no'} resolution row`,
      );
    }
    const hours = (ms: number | undefined) =>
      sum.resolved === 0 || ms === undefined ? null : ms / MS_PER_HOUR;
    return {
      periodStart,
      total: sum.total,
      deflected: sum.deflected,
      noTouch: sum.noTouch,
      resolved: sum.resolved,
      deflectionRate: ratio({ part: sum.deflected, whole: sum.total }),
      noTouchRate: ratio({ part: sum.noTouch, whole: sum.total }),
      resolutionRate: ratio({ part: sum.resolved, whole: sum.total }),
      mttrHours:
        sum.resolved === 0
          ? null
          : sum.resolutionMsSum / sum.resolved / MS_PER_HOUR,
      medianResolutionHours: hours(percentiles?.medianMs),
      p90ResolutionHours: hours(percentiles?.p90Ms),
      slaMet: sum.slaMet,
      slaTracked: sum.slaTracked,
      slaAttainment: ratio({ part: sum.slaMet, whole: sum.slaTracked }),
      reopened: sum.reopened,
      reopenRate: ratio({ part: sum.reopened, whole: sum.resolved }),
    };
  });
}
