import { formatChartNumber } from '../shared/chart-format';
import type { TooltipLine } from '../shared/chart-types';
import type { StackSeries } from '../stacked-bar-chart/stacked-bar-chart.model';
import type { CountColumn } from './stacked-count-chart.model';

/** Each series' count in a column as shown: a missing or negative count reads 0, as drawn. */
export function seriesCountLines(
  column: Pick<CountColumn, 'values'> | undefined,
  series: readonly Pick<StackSeries, 'key' | 'label'>[],
): TooltipLine[] {
  return series.map((s) => ({
    label: s.label,
    value: formatChartNumber(Math.max(0, column?.values[s.key] ?? 0)),
  }));
}
