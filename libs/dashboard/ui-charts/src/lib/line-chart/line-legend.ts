import { CHART_COLORS } from '../shared/chart-colors';
import type { LegendItem } from '../shared/ChartLegend';
import type { LineBand, LineReference, LineSeries } from './line-chart.model';

/** The series as lines, the references as dashed lines, then the band. */
export function lineLegend(
  series: readonly LineSeries[],
  references: readonly Pick<LineReference, 'key' | 'label'>[],
  band: Pick<LineBand, 'label'> | null,
): LegendItem[] {
  return [
    ...series.map((s) => ({ ...s, shape: 'line' as const })),
    ...references.map((r) => ({
      key: r.key,
      label: r.label,
      color: CHART_COLORS.reference,
      shape: 'dashed' as const,
    })),
    ...(band
      ? [{ key: 'band', label: band.label, color: CHART_COLORS.band }]
      : []),
  ];
}
