import type {
  DepartmentKind,
  DepartmentMetricsQuery,
  Grain,
} from '@esm-planner/dashboard-data-access-graphql';
import type { LineBand, LinePoint } from '@esm-planner/dashboard-ui-charts';
import { capitalisedPlural } from '../baselines/baseline-stats';
import { formatCount, formatHours, formatPercent } from '../formatting/format';
import { periodLabel, sourceLabel } from './metrics-sentences';

/** One period of `serviceMetrics`, as the dashboard asks for it. */
export type MetricPointFields =
  DepartmentMetricsQuery['serviceMetrics'][number];

/**
 * The shaded stability band: IT only, from the organisation's IT-stability
 * floor (domain §6; `roadmapSettings.stabilityMinMeanDeflection`) to 100 %.
 */
export function stabilityBand(
  kind: DepartmentKind,
  floor: number,
): LineBand | null {
  return kind === 'IT'
    ? { from: floor, to: 1, label: 'IT-stability floor' }
    : null;
}

/**
 * The API's points as chart points: the three rates (null stays null, so a
 * period without data is a gap) and the period's counts for the tooltip.
 */
export function metricLinePoints(
  points: readonly MetricPointFields[],
  grain: Grain,
  vocabulary: string,
): LinePoint[] {
  return points.map((point) => ({
    key: point.periodStart,
    date: point.periodStart,
    label: periodLabel(point.periodStart, grain),
    values: {
      deflection: point.deflectionRate ?? null,
      noTouch: point.noTouchRate ?? null,
      resolution: point.resolutionRate ?? null,
    },
    details: [
      { label: capitalisedPlural(vocabulary), value: formatCount(point.total) },
      { label: 'Source', value: sourceLabel(point.source) },
    ],
  }));
}

/** The most recent period that has data (the points are oldest first). */
export function latestWithData(
  points: readonly MetricPointFields[],
): MetricPointFields | null {
  for (let i = points.length - 1; i >= 0; i -= 1) {
    if (points[i].source !== 'NONE' && points[i].total > 0) return points[i];
  }
  return null;
}

export type MetricTile = {
  key: string;
  label: string;
  value: string;
  hint?: string;
};

const ofCount = (
  part: number | null | undefined,
  whole: number | null | undefined,
  what: string,
) =>
  part == null || whole == null
    ? undefined
    : `${formatCount(part)} of ${formatCount(whole)} ${what}`;

/** The latest period's resolution times, SLA attainment and reopen rate as tiles. */
export function metricTiles(point: MetricPointFields): MetricTile[] {
  return [
    {
      key: 'mttr',
      label: 'MTTR (mean)',
      value: formatHours(point.mttrHours),
      hint: 'Opened to resolved',
    },
    {
      key: 'median',
      label: 'Median resolution',
      value: formatHours(point.medianResolutionHours),
      hint:
        point.source === 'WEEKLY_IMPORT' ? 'Needs request records' : undefined,
    },
    {
      key: 'p90',
      label: 'P90 resolution',
      value: formatHours(point.p90ResolutionHours),
      hint:
        point.source === 'WEEKLY_IMPORT' ? 'Needs request records' : undefined,
    },
    {
      key: 'sla',
      label: 'SLA attainment',
      value: formatPercent(point.slaAttainment),
      hint: ofCount(point.slaMet, point.slaTracked, 'with an SLA verdict'),
    },
    {
      key: 'reopen',
      label: 'Reopen rate',
      value: formatPercent(point.reopenRate),
      hint: ofCount(point.reopened, point.resolved, 'resolved'),
    },
  ];
}
