import type {
  ChartMargin,
  TooltipContent,
  TooltipLine,
} from '../shared/chart-types';
import { formatOrMissing } from '../shared/format-or-missing';
import type { LineColumn, LinePoint, LineSeries } from './line-chart.model';

/** Each series' value in a period, in series order ("no data" where it has none). */
export function lineValueLines(
  point: Pick<LinePoint, 'values'>,
  series: readonly Pick<LineSeries, 'key' | 'label'>[],
  format: (value: number) => string,
): TooltipLine[] {
  return series.map((s) => ({
    label: s.label,
    value: formatOrMissing(point.values[s.key], format, 'no data'),
  }));
}

/** A period's tooltip: its values, then its details, above its highest point. */
export function lineTooltip(
  column: Pick<LineColumn, 'label' | 'x' | 'anchorY'>,
  point: Pick<LinePoint, 'values' | 'details'>,
  series: readonly Pick<LineSeries, 'key' | 'label'>[],
  format: (value: number) => string,
  margin: ChartMargin,
): TooltipContent {
  return {
    title: column.label,
    lines: [...lineValueLines(point, series, format), ...(point.details ?? [])],
    anchor: { x: margin.left + column.x, y: margin.top + column.anchorY },
  };
}

/** A period's row in the hidden table: its name, then each series' value. */
export function lineTableRow(
  point: Pick<LinePoint, 'label' | 'values'>,
  series: readonly Pick<LineSeries, 'key' | 'label'>[],
  format: (value: number) => string,
): string[] {
  return [
    point.label,
    ...lineValueLines(point, series, format).map((line) => line.value),
  ];
}
