import { useMemo } from 'react';
import { formatChartNumber } from '../shared/chart-format';
import { BarColumns } from '../shared/ChartItem';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import type { StackSeries } from '../stacked-bar-chart/stacked-bar-chart.model';
import { StackedCountSegments } from './StackedCountSegments';
import {
  stackedCountChartModel,
  type CountColumn,
} from './stacked-count-chart.model';
import { seriesCountLines } from './stacked-count-text';

export type StackedCountChartProps = ChartProps & {
  columns: readonly CountColumn[];
  series: readonly StackSeries[];
  /** Header of the column labels in the table, e.g. "Week starting". */
  categoryHeader: string;
  /** Label of each column's sum in the tooltip and table, e.g. "Tickets". */
  totalLabel: string;
  /** Longer names of the columns for the tooltip and table (default: label). */
  columnTitle?: (column: CountColumn) => string;
  height?: number;
};

/**
 * One vertical bar per period, its counts stacked per series (e.g. requests
 * per channel each week), so the volume and its mix read together.
 */
export function StackedCountChart({
  columns,
  series,
  categoryHeader,
  totalLabel,
  columnTitle = (column) => column.label,
  height,
  ...chart
}: StackedCountChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () => stackedCountChartModel({ columns, series, width, height }),
    [columns, series, width, height],
  );
  const activeItem = useActiveItem(model.columns.length);
  const activeIndex = activeItem.active?.index ?? null;
  const { margin } = model;
  const countsOf = (index: number) =>
    seriesCountLines(columns[index], series).map((line) => line.value);

  const active = activeIndex === null ? null : model.columns[activeIndex];
  const tooltip: TooltipContent | null =
    active && activeIndex !== null
      ? {
          title: columnTitle(columns[activeIndex]),
          lines: [
            { label: totalLabel, value: formatChartNumber(active.total) },
            ...seriesCountLines(columns[activeIndex], series),
          ],
          anchor: {
            x: margin.left + active.centerX,
            y: margin.top + active.top,
          },
        }
      : null;

  return (
    <PlotFrame
      {...chart}
      containerRef={containerRef}
      plot={model}
      activeItem={activeItem}
      tooltip={tooltip}
      isEmpty={series.length === 0 || columns.length === 0}
      legend={series}
      table={{
        headers: [categoryHeader, ...series.map((s) => s.label), totalLabel],
        rows: model.columns.map((column, index) => [
          columnTitle(columns[index]),
          ...countsOf(index),
          formatChartNumber(column.total),
        ]),
      }}
      axes={{
        left: { ticks: model.yTicks, grid: true },
        bottom: { ticks: model.xTicks },
      }}
      baseline="bottom"
    >
      <BarColumns
        columns={model.columns}
        plot={model}
        activeItem={activeItem}
        bandSpan="plot"
        data={(column) => ({ 'data-total': column.total })}
      >
        {(column) => <StackedCountSegments column={column} />}
      </BarColumns>
    </PlotFrame>
  );
}
