import { CHART_COLORS } from '../shared/chart-colors';
import type { LegendItem } from '../shared/ChartLegend';
import type { BenchmarkBarDatum } from './benchmark-bar-chart.model';

const LEGEND: readonly LegendItem[] = [
  { key: 'rate', label: 'Deflection rate', color: CHART_COLORS.bar },
  {
    key: 'benchmark',
    label: 'Benchmark',
    color: CHART_COLORS.text,
    shape: 'line',
  },
  {
    key: 'assumed',
    label: 'Assumed benchmark',
    color: CHART_COLORS.textMuted,
    shape: 'dashed',
  },
];

/** What the bars and markers mean; the dashed marker only when a row has one. */
export function benchmarkLegend(
  data: readonly Pick<BenchmarkBarDatum, 'assumed'>[],
): readonly LegendItem[] {
  return data.some((d) => d.assumed)
    ? LEGEND
    : LEGEND.filter((item) => item.key !== 'assumed');
}
