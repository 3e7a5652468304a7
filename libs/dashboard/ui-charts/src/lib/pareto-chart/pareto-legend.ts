import { CHART_COLORS } from '../shared/chart-colors';
import type { LegendItem } from '../shared/ChartLegend';

/** What the Pareto chart's colours and lines mean. */
export function paretoLegend(
  countHeader: string,
  thresholdLabel: string,
): LegendItem[] {
  return [
    {
      key: 'vital',
      label: `${countHeader}: the types needed to reach ${thresholdLabel}`,
      color: CHART_COLORS.bar,
    },
    {
      key: 'rest',
      label: `${countHeader}: the rest`,
      color: CHART_COLORS.barMuted,
    },
    {
      key: 'line',
      label: 'Cumulative share (right axis)',
      color: CHART_COLORS.line,
      shape: 'line',
    },
    {
      key: 'threshold',
      label: `${thresholdLabel} line`,
      color: CHART_COLORS.reference,
      shape: 'dashed',
    },
  ];
}
