import { useMemo } from 'react';
import { formatChartPercent } from '../shared/chart-format';
import { BarRows } from '../shared/ChartItem';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import {
  stackedBarChartModel,
  type StackedBar,
  type StackRow,
  type StackSeries,
} from './stacked-bar-chart.model';

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

  const shareOf = (bar: StackedBar, key: string) => {
    const segment = bar.segments.find((s) => s.seriesKey === key);
    return formatChartPercent(segment?.share ?? 0);
  };
  const tooltip: TooltipContent | null = activeBar && {
    title: activeBar.note
      ? `${activeBar.label} · ${activeBar.note}`
      : activeBar.label,
    lines: activeBar.segments.map((segment) => ({
      label: segment.label,
      value: formatChartPercent(segment.share),
    })),
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
        rows: model.bars.map((bar) => [
          bar.label,
          ...series.map((s) => shareOf(bar, s.key)),
        ]),
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
        {(bar) =>
          bar.segments.map((segment) => (
            <g key={segment.seriesKey}>
              <rect
                className="chart-segment"
                x={segment.x}
                y={bar.y}
                width={segment.width}
                height={bar.height}
                fill={segment.color}
              />
              {segment.inlineLabel ? (
                <text
                  className="chart-segment__label"
                  x={segment.x + segment.width / 2}
                  y={bar.centerY}
                  dy="0.32em"
                  textAnchor="middle"
                  fill={segment.textColor}
                >
                  {segment.inlineLabel}
                </text>
              ) : null}
            </g>
          ))
        }
      </BarRows>
    </PlotFrame>
  );
}
