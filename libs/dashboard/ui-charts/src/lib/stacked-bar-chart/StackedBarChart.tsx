import { useMemo } from 'react';
import { BarRows } from '../shared/ChartItem';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { StackedBarSegments } from './StackedBarSegments';
import {
  stackedBarChartModel,
  type StackRow,
  type StackSeries,
} from './stacked-bar-chart.model';
import {
  stackedBarLines,
  stackedBarTableRow,
  stackedBarTitle,
} from './stacked-bar-text';

export type StackedBarChartProps = ChartProps & {
  rows: readonly StackRow[];
  series: readonly StackSeries[];
  /** Header of the row column in the table, e.g. "Department". */
  categoryHeader: string;
};

/**
 * One 100 % bar per row (e.g. each department's channel mix), so rows of
 * very different sizes compare side by side.
 */
export function StackedBarChart({
  rows,
  series,
  categoryHeader,
  ...chart
}: StackedBarChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () => stackedBarChartModel({ rows, series, width }),
    [rows, series, width],
  );
  const activeItem = useActiveItem(model.bars.length);
  const activeBar =
    activeItem.active === null ? null : model.bars[activeItem.active.index];
  const { margin } = model;

  const tooltip: TooltipContent | null = activeBar && {
    title: stackedBarTitle(activeBar),
    lines: stackedBarLines(activeBar),
    anchor: {
      x: margin.left + model.innerWidth / 2,
      y: margin.top + activeBar.y,
    },
  };

  return (
    <PlotFrame
      {...chart}
      containerRef={containerRef}
      plot={model}
      activeItem={activeItem}
      tooltip={tooltip}
      isEmpty={rows.length === 0}
      legend={series}
      table={{
        headers: [categoryHeader, ...series.map((s) => s.label)],
        rows: model.bars.map((bar) => stackedBarTableRow(bar, series)),
      }}
      axes={{ bottom: { ticks: model.ticks, grid: true } }}
    >
      <BarRows
        rows={model.bars}
        plot={model}
        activeItem={activeItem}
        value={(bar) =>
          bar.note ? { x: model.innerWidth + 8, text: bar.note } : null
        }
      >
        {(bar) => <StackedBarSegments bar={bar} />}
      </BarRows>
    </PlotFrame>
  );
}
