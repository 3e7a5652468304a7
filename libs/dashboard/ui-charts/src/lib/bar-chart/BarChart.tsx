import { useMemo } from 'react';
import { AxisBottom } from '../shared/Axis';
import { CHART_COLORS } from '../shared/chart-colors';
import { ChartDataTable } from '../shared/ChartDataTable';
import { ChartFrame } from '../shared/ChartFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { barChartModel, type BarDatum } from './bar-chart.model';

export type BarChartProps = {
  /** Accessible name of the chart and caption of its table. */
  title: string;
  /** What the chart shows, read after the title. */
  description: string;
  data: readonly BarDatum[];
  /** Header of the category column in the table, e.g. "Channel". */
  categoryHeader: string;
  /** Header of the value column and tooltip label, e.g. "Requests". */
  valueHeader: string;
  /** Fixed end of the value axis, e.g. 1 for shares. */
  maxValue?: number;
  formatValue?: (value: number) => string;
  formatTick?: (value: number) => string;
  testId?: string;
};

/** Horizontal bars, one per category, with the value at the end of each. */
export function BarChart({
  title,
  description,
  data,
  categoryHeader,
  valueHeader,
  maxValue,
  formatValue,
  formatTick,
  testId,
}: BarChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () => barChartModel({ data, width, maxValue, formatValue, formatTick }),
    [data, width, maxValue, formatValue, formatTick],
  );
  const activeItem = useActiveItem(model.bars.length);
  const activeBar =
    activeItem.active === null ? null : model.bars[activeItem.active.index];
  const { margin } = model;
  const tooltip: TooltipContent | null = activeBar && {
    title: activeBar.label,
    lines: [{ label: valueHeader, value: activeBar.valueLabel }],
    anchor: {
      x: margin.left + activeBar.width,
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
      table={
        <ChartDataTable
          caption={title}
          headers={[categoryHeader, valueHeader]}
          rows={model.bars.map((bar) => [bar.label, bar.valueLabel])}
        />
      }
    >
      <g transform={`translate(${margin.left},${margin.top})`}>
        <AxisBottom
          ticks={model.ticks}
          y={model.innerHeight}
          gridLength={model.innerHeight}
        />
        {model.bars.map((bar, index) => {
          const isActive = activeBar?.key === bar.key;
          return (
            <g
              key={bar.key}
              className="chart-bar"
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
              <rect
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                rx={3}
                fill={isActive ? CHART_COLORS.barActive : CHART_COLORS.bar}
              />
              <text
                className="chart-label"
                x={-8}
                y={bar.centerY}
                dy="0.32em"
                textAnchor="end"
              >
                {bar.displayLabel}
              </text>
              <text
                className="chart-value"
                x={bar.width + 6}
                y={bar.centerY}
                dy="0.32em"
              >
                {bar.valueLabel}
              </text>
            </g>
          );
        })}
        <line className="chart-axis__baseline" y1={0} y2={model.innerHeight} />
      </g>
    </ChartFrame>
  );
}
