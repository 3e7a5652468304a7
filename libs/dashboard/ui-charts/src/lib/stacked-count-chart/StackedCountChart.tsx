import { useMemo } from 'react';
import { AxisBottom, AxisVertical } from '../shared/Axis';
import { formatChartNumber } from '../shared/chart-format';
import { ChartDataTable } from '../shared/ChartDataTable';
import { ChartFrame } from '../shared/ChartFrame';
import { ChartLegend } from '../shared/ChartLegend';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import type { StackSeries } from '../stacked-bar-chart/stacked-bar-chart.model';
import {
  stackedCountChartModel,
  type CountColumn,
} from './stacked-count-chart.model';

export type StackedCountChartProps = {
  title: string;
  description: string;
  columns: readonly CountColumn[];
  series: readonly StackSeries[];
  /** Header of the column labels in the table, e.g. "Week starting". */
  categoryHeader: string;
  /** Label of each column's sum in the tooltip and table, e.g. "Tickets". */
  totalLabel: string;
  /** Longer names of the columns for the tooltip and table (default: label). */
  columnTitle?: (column: CountColumn) => string;
  height?: number;
  testId?: string;
};

/**
 * One vertical bar per period, its counts stacked per series (e.g. requests
 * per channel each week), so the volume and its mix read together.
 */
export function StackedCountChart({
  title,
  description,
  columns,
  series,
  categoryHeader,
  totalLabel,
  columnTitle = (column) => column.label,
  height,
  testId,
}: StackedCountChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () => stackedCountChartModel({ columns, series, width, height }),
    [columns, series, width, height],
  );
  const activeItem = useActiveItem(model.columns.length);
  const activeIndex = activeItem.active?.index ?? null;
  const { margin } = model;
  const countOf = (index: number, key: string) =>
    formatChartNumber(Math.max(0, columns[index]?.values[key] ?? 0));

  const active = activeIndex === null ? null : model.columns[activeIndex];
  const tooltip: TooltipContent | null =
    active && activeIndex !== null
      ? {
          title: columnTitle(columns[activeIndex]),
          lines: [
            { label: totalLabel, value: formatChartNumber(active.total) },
            ...series.map((s) => ({
              label: s.label,
              value: countOf(activeIndex, s.key),
            })),
          ],
          anchor: {
            x: margin.left + active.centerX,
            y: margin.top + active.top,
          },
        }
      : null;

  return (
    <ChartFrame
      title={title}
      description={description}
      containerRef={containerRef}
      width={model.width}
      height={model.height}
      activeItem={activeItem}
      tooltip={tooltip}
      testId={testId}
      legend={<ChartLegend items={series} />}
      table={
        <ChartDataTable
          caption={title}
          headers={[categoryHeader, ...series.map((s) => s.label), totalLabel]}
          rows={model.columns.map((column, index) => [
            columnTitle(columns[index]),
            ...series.map((s) => countOf(index, s.key)),
            formatChartNumber(column.total),
          ])}
        />
      }
    >
      <g transform={`translate(${margin.left},${margin.top})`}>
        <AxisVertical
          ticks={model.yTicks}
          x={0}
          side="left"
          gridLength={model.innerWidth}
        />
        <AxisBottom ticks={model.xTicks} y={model.innerHeight} />
        {model.columns.map((column, index) => (
          <g
            key={column.key}
            className={
              active?.key === column.key
                ? 'chart-bar chart-bar--active'
                : 'chart-bar'
            }
            data-key={column.key}
            data-total={column.total}
            onPointerEnter={() => activeItem.point(index)}
          >
            <rect
              className="chart-bar__band"
              x={column.bandX}
              y={0}
              width={column.bandWidth}
              height={model.innerHeight}
            />
            {column.segments.map((segment) => (
              <rect
                key={segment.seriesKey}
                className="chart-segment"
                x={column.x}
                y={segment.y}
                width={column.width}
                height={segment.height}
                fill={segment.color}
              />
            ))}
          </g>
        ))}
        <line
          className="chart-axis__baseline"
          x1={0}
          x2={model.innerWidth}
          y1={model.innerHeight}
          y2={model.innerHeight}
        />
      </g>
    </ChartFrame>
  );
}
