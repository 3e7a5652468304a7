import type {
  DepartmentMetricsQuery,
  Grain,
} from '@esm-planner/dashboard-data-access-graphql';
import type {
  CountColumn,
  StackSeries,
} from '@esm-planner/dashboard-ui-charts';
import { CHANNEL_SERIES, channelLabel } from '../baselines/channels';

/** One (period, channel) count of `channelVolume`, as the dashboard asks for it. */
export type ChannelVolumeFields =
  DepartmentMetricsQuery['channelVolume'][number];

// A channel the dashboard does not know yet is still drawn, in neutral grey.
const UNKNOWN_CHANNEL_COLOR = '#667085';

const SHORT_WEEK = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const SHORT_MONTH = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});

/** An axis label: "2 Mar" for a week, "Mar 26" for a month. */
export function shortPeriodLabel(periodStart: string, grain: Grain): string {
  const date = new Date(`${periodStart.slice(0, 10)}T00:00:00Z`);
  return (grain === 'WEEK' ? SHORT_WEEK : SHORT_MONTH).format(date);
}

/**
 * The channels that have requests, as chart series in the baseline's order
 * and colours; channels the dashboard does not know come last.
 */
export function channelVolumeSeries(
  points: readonly ChannelVolumeFields[],
): StackSeries[] {
  const present = new Set(
    points.filter((p) => p.count > 0).map((p) => p.channel),
  );
  const known = CHANNEL_SERIES.filter((s) => present.has(s.key));
  const knownKeys = new Set(known.map((s) => s.key));
  const unknown = [...present]
    .filter((channel) => !knownKeys.has(channel))
    .sort()
    .map((channel) => ({
      key: channel,
      label: channelLabel(channel),
      color: UNKNOWN_CHANNEL_COLOR,
    }));
  return [...known, ...unknown];
}

/**
 * One column per period, oldest first: every period of `periodStarts` (the
 * range's periods, empty ones included) plus any other the API counted in.
 */
export function channelVolumeColumns(
  points: readonly ChannelVolumeFields[],
  periodStarts: readonly string[],
  grain: Grain,
): CountColumn[] {
  const byPeriod = new Map<string, Record<string, number>>();
  for (const start of periodStarts) byPeriod.set(start, {});
  for (const point of points) {
    const values = byPeriod.get(point.periodStart) ?? {};
    values[point.channel] = (values[point.channel] ?? 0) + point.count;
    byPeriod.set(point.periodStart, values);
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([periodStart, values]) => ({
      key: periodStart,
      label: shortPeriodLabel(periodStart, grain),
      values,
    }));
}

/** A column's sum over the chart's series. */
export function columnTotal(
  column: CountColumn,
  series: readonly StackSeries[],
): number {
  return series.reduce((sum, s) => sum + (column.values[s.key] ?? 0), 0);
}
