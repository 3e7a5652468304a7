import { useMemo } from 'react';
import { AxisBottom } from '../shared/Axis';
import { formatChartPercent } from '../shared/chart-format';
import { ChartDataTable } from '../shared/ChartDataTable';
import { ChartFrame } from '../shared/ChartFrame';
import { ChartLegend } from '../shared/ChartLegend';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import {
  stackedBarChartModel,
  type StackedBar,
  type StackRow,
  type StackSeries,
} from './stacked-bar-chart.model';

export type StackedBarChartProps = {
  title: string;
  description: string;
  rows: readonly StackRow[];
  series: readonly StackSeries[];
  /** Header of the row column in the table, e.g. "Department". */
  categoryHeader: string;
  testId?: string;
};

/**
 * One 100 % bar per row (e.g. each department's channel mix), so rows of
 * very different sizes compare side by side.
 */
export function StackedBarChart({
  title,
  description,
  rows,
  series,
  categoryHeader,
  testId,
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
          headers={[categoryHeader, ...series.map((s) => s.label)]}
          rows={model.bars.map((bar) => [
            bar.label,
            ...series.map((s) => shareOf(bar, s.key)),
          ])}
        />
      }
    >
      <g transform={`translate(${margin.left},${margin.top})`}>
        <AxisBottom
          ticks={model.ticks}
          y={model.innerHeight}
          gridLength={model.innerHeight}
        />
        {model.bars.map((bar, index) => (
          <g
            key={bar.key}
            className={
              activeBar?.key === bar.key
                ? 'chart-bar chart-bar--active'
                : 'chart-bar'
            }
            data-key={bar.key}
            onPointerEnter={() => activeItem.point(index)}
          >
            <rect
              className="chart-bar__band"
              x={-margin.left}
              y={bar.bandY}
              width={model.width}
              height={bar.bandHeight}
            />
            {bar.segments.map((segment) => (
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
            ))}
            <text
              className="chart-label"
              x={-8}
              y={bar.centerY}
              dy="0.32em"
              textAnchor="end"
            >
              {bar.displayLabel}
            </text>
            {bar.note ? (
              <text
                className="chart-value"
                x={model.innerWidth + 8}
                y={bar.centerY}
                dy="0.32em"
              >
                {bar.note}
              </text>
            ) : null}
          </g>
        ))}
      </g>
    </ChartFrame>
  );
}
