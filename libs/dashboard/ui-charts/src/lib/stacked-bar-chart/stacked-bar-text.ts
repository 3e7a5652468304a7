import { formatChartPercent } from '../shared/chart-format';
import type { TooltipLine } from '../shared/chart-types';
import type { StackedBar, StackSeries } from './stacked-bar-chart.model';

/** A bar's name in the tooltip: its label, and its note after a dot. */
export function stackedBarTitle(bar: Pick<StackedBar, 'label' | 'note'>) {
  return bar.note ? `${bar.label} · ${bar.note}` : bar.label;
}

/** The tooltip's lines: each part of the bar with its share. */
export function stackedBarLines(
  bar: Pick<StackedBar, 'segments'>,
): TooltipLine[] {
  return bar.segments.map((segment) => ({
    label: segment.label,
    value: formatChartPercent(segment.share),
  }));
}

/** A table row: the bar's label, then its share of every series (0 % for a series it lacks). */
export function stackedBarTableRow(
  bar: Pick<StackedBar, 'label' | 'segments'>,
  series: readonly Pick<StackSeries, 'key'>[],
): string[] {
  return [
    bar.label,
    ...series.map((s) => {
      const segment = bar.segments.find((part) => part.seriesKey === s.key);
      return formatChartPercent(segment?.share ?? 0);
    }),
  ];
}
