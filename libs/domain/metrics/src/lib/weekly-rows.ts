import {
  FieldProblem,
  fieldProblem,
} from '@esm-planner/shared-util-field-problems';
import { MetricPoint, ratio } from './metric-point';
import {
  mondayOnOrBefore,
  parsePlainDate,
} from '@esm-planner/shared-util-dates';

/**
 * One imported week of one department (data-formats §3). Optional figures
 * are absent or null when the sheet did not have them.
 */
export type WeeklyMetricsRow = {
  /** The Monday the week starts on, YYYY-MM-DD. */
  weekStart: string;
  total: number;
  deflected: number;
  noTouch?: number | null;
  resolved?: number | null;
  slaMet?: number | null;
  slaTracked?: number | null;
  /** Mean resolution time of the week's resolved requests, in hours. */
  meanResolutionHours?: number | null;
};

/** The counts a point is built from; null = not reported. */
export type MetricCounts = {
  total: number;
  deflected: number;
  noTouch: number | null;
  resolved: number | null;
  slaMet: number | null;
  slaTracked: number | null;
};

export const COUNT_FIELDS = [
  'total',
  'deflected',
  'noTouch',
  'resolved',
  'slaMet',
  'slaTracked',
] as const satisfies readonly (keyof MetricCounts)[];

// [field, its upper bound] (data-formats §3).
const NESTING = [
  ['noTouch', 'deflected'],
  ['deflected', 'total'],
  ['resolved', 'total'],
  ['slaMet', 'slaTracked'],
] as const;

/**
 * Every problem with an imported week: a weekStart that is not a Monday,
 * a count that is not a non-negative integer, counts that do not nest
 * (no_touch ≤ deflected ≤ total, resolved ≤ total, sla_met ≤ sla_tracked),
 * a mean resolution time that is negative or not finite.
 */
export function weeklyRowProblems({
  row,
}: {
  row: WeeklyMetricsRow;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const epochDay = safeEpochDay(row.weekStart);
  if (epochDay === null || mondayOnOrBefore(epochDay) !== epochDay) {
    problems.push(
      fieldProblem(
        'weekStart',
        `weekStart ${JSON.stringify(row.weekStart)} is not a Monday`,
        row.weekStart,
      ),
    );
  }
  const counts = countsOf(row);
  const invalid = new Set<string>();
  for (const field of COUNT_FIELDS) {
    const value = counts[field];
    if (value !== null && !(Number.isInteger(value) && value >= 0)) {
      problems.push(
        fieldProblem(
          field,
          `${field} must be a non-negative integer, got ${value}`,
          value,
        ),
      );
      invalid.add(field);
    }
  }
  for (const [field, bound] of NESTING) {
    const [value, limit] = [counts[field], counts[bound]];
    // An invalid count already has its problem; comparing it says nothing.
    if (invalid.has(field) || invalid.has(bound)) continue;
    if (value !== null && limit !== null && value > limit) {
      problems.push(
        fieldProblem(
          field,
          `${field} (${value}) is more than ${bound} (${limit})`,
          value,
        ),
      );
    }
  }
  const mean = row.meanResolutionHours ?? null;
  if (mean !== null && !(Number.isFinite(mean) && mean >= 0)) {
    problems.push(
      fieldProblem(
        'meanResolutionHours',
        `meanResolutionHours must be a non-negative number, got ${mean}`,
        mean,
      ),
    );
  }
  return problems;
}

function safeEpochDay(value: string): number | null {
  try {
    return parsePlainDate(value, 'weekStart');
  } catch {
    return null;
  }
}

/** The counts of a row, with absent figures as null. */
export function countsOf(row: WeeklyMetricsRow): MetricCounts {
  return {
    total: row.total,
    deflected: row.deflected,
    noTouch: row.noTouch ?? null,
    resolved: row.resolved ?? null,
    slaMet: row.slaMet ?? null,
    slaTracked: row.slaTracked ?? null,
  };
}

/**
 * A point from aggregated counts: rates from the counts, the given mean as
 * mttrHours (null when nothing was resolved: a mean over no request is
 * undefined), no median or P90 (they need each request's time), and no
 * reopen figures (format 3 has none).
 */
export function pointOfCounts({
  periodStart,
  counts,
  meanResolutionHours,
}: {
  periodStart: string;
  counts: MetricCounts;
  meanResolutionHours: number | null;
}): MetricPoint {
  const { total, deflected, noTouch, resolved, slaMet, slaTracked } = counts;
  return {
    periodStart,
    ...counts,
    deflectionRate: ratio({ part: deflected, whole: total }),
    noTouchRate: ratio({ part: noTouch, whole: total }),
    resolutionRate: ratio({ part: resolved, whole: total }),
    mttrHours: resolved === 0 ? null : meanResolutionHours,
    medianResolutionHours: null,
    p90ResolutionHours: null,
    slaMet,
    slaTracked,
    slaAttainment: ratio({ part: slaMet, whole: slaTracked }),
    reopened: null,
    reopenRate: null,
  };
}

/** Throws a RangeError listing every problem of the rows, if any. */
export function assertValidWeeklyRows(rows: readonly WeeklyMetricsRow[]): void {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const problems = weeklyRowProblems({ row }).map((p) => p.message);
    if (seen.has(row.weekStart))
      problems.push(`week ${row.weekStart} appears twice`);
    seen.add(row.weekStart);
    if (problems.length > 0) {
      throw new RangeError(`weekly row ${index}: ${problems.join('; ')}`);
    }
  });
}

/**
 * Imported weekly rows as points of grain WEEK, oldest first: one point
 * per row (weeks without a row get none; mergeMetricSources fills them).
 * @throws RangeError for an invalid row or a week that appears twice.
 */
export function weeklyRowPoints({
  rows,
}: {
  rows: readonly WeeklyMetricsRow[];
}): MetricPoint[] {
  assertValidWeeklyRows(rows);
  return [...rows].sort(byWeekStart).map((row) =>
    pointOfCounts({
      periodStart: row.weekStart,
      counts: countsOf(row),
      meanResolutionHours: row.meanResolutionHours ?? null,
    }),
  );
}

// ISO plain dates sort as text; a plain comparison ignores the locale.
export function byWeekStart(a: WeeklyMetricsRow, b: WeeklyMetricsRow): number {
  return a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0;
}
