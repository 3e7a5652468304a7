import type { LegendItem } from '../shared/ChartLegend';
import type { RadarSeries } from './radar-chart.model';

/** A legend item per series: a box, or a dashed line for an overlay. */
export function radarLegend(
  series: readonly Pick<RadarSeries, 'key' | 'label' | 'color' | 'dashed'>[],
): LegendItem[] {
  return series.map((s) => ({
    key: s.key,
    label: s.label,
    color: s.color,
    shape: s.dashed ? 'dashed' : 'box',
  }));
}
