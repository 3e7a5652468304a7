import { MetricPoint } from './metric-point';
import { periodStartOfDate } from './period';
import {
  assertValidWeeklyRows,
  byWeekStart,
  COUNT_FIELDS,
  countsOf,
  MetricCounts,
  pointOfCounts,
  WeeklyMetricsRow,
} from './weekly-rows';

/**
 * Imported weekly rows as points of grain MONTH, oldest first, one per
 * month that has at least one week.
 *
 * A week belongs to the month of its Monday (its weekStart): splitting a
 * week that spans two months needs each request's date, which a weekly
 * sheet does not have, and attributing by weekStart is what a user checks
 * with a filter on the sheet's week_start column. So March 2026 from
 * weekly rows holds the weeks of 2 to 30 March (2 March to 5 April).
 *
 * Counts add up. An optional count is null for the month when any of its
 * weeks lacks it (a partial sum would pass for the whole month). The mean
 * resolution time is the resolved-weighted mean of the weekly means,
 * Σ resolved × mean / Σ resolved, which equals the mean over all the
 * month's resolved requests; it is null when a week with resolved
 * requests lacks its mean or its resolved count.
 * @throws RangeError for an invalid row or a week that appears twice.
 */
export function rollUpToMonths({
  rows,
}: {
  rows: readonly WeeklyMetricsRow[];
}): MetricPoint[] {
  assertValidWeeklyRows(rows);
  const byMonth = new Map<string, WeeklyMetricsRow[]>();
  for (const row of [...rows].sort(byWeekStart)) {
    const month = periodStartOfDate({ date: row.weekStart, grain: 'MONTH' });
    byMonth.set(month, [...(byMonth.get(month) ?? []), row]);
  }
  return [...byMonth.entries()].map(([periodStart, weeks]) =>
    pointOfCounts({
      periodStart,
      counts: sumCounts(weeks),
      meanResolutionHours: weightedMeanResolution(weeks),
    }),
  );
}

function sumCounts(weeks: readonly WeeklyMetricsRow[]): MetricCounts {
  const counts = weeks.map(countsOf);
  const sum = (field: keyof MetricCounts): number | null =>
    counts.reduce<number | null>(
      (total, week) =>
        total === null || week[field] === null ? null : total + week[field],
      0,
    );
  const summed = Object.fromEntries(
    COUNT_FIELDS.map((field) => [field, sum(field)]),
  ) as Record<keyof MetricCounts, number | null>;
  // total and deflected are required on every row, so their sums are numbers.
  return { ...summed, total: summed.total!, deflected: summed.deflected! };
}

function weightedMeanResolution(
  weeks: readonly WeeklyMetricsRow[],
): number | null {
  let resolved = 0;
  let weightedHours = 0;
  for (const week of weeks) {
    const count = week.resolved ?? null;
    const mean = week.meanResolutionHours ?? null;
    if (count === null) return null;
    if (count === 0) continue;
    if (mean === null) return null;
    resolved += count;
    weightedHours += count * mean;
  }
  return resolved === 0 ? null : weightedHours / resolved;
}
