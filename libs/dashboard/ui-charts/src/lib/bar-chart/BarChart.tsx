import { useMemo } from 'react';
import { CHART_COLORS } from '../shared/chart-colors';
import { BarRows, barRect } from '../shared/ChartItem';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { barChartModel, type BarDatum } from './bar-chart.model';

export type BarChartProps = ChartProps & {
  data: readonly BarDatum[];
  /** Header of the category column in the table, e.g. "Channel". */
  categoryHeader: string;
  /** Header of the value column and tooltip label, e.g. "Requests". */
  valueHeader: string;
  /** Fixed end of the value axis, e.g. 1 for shares. */
  maxValue?: number;
  formatValue?: (value: number) => string;
  formatTick?: (value: number) => string;
};

/** Horizontal bars, one per category, with the value at the end of each. */
export function BarChart({
  data,
  categoryHeader,
  valueHeader,
  maxValue,
  formatValue,
  formatTick,
  ...chart
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
    <PlotFrame
      {...chart}
      containerRef={containerRef}
      plot={model}
      activeItem={activeItem}
      tooltip={tooltip}
      isEmpty={data.length === 0}
      table={{
        headers: [categoryHeader, valueHeader],
        rows: model.bars.map((bar) => [bar.label, bar.valueLabel]),
      }}
      axes={{ bottom: { ticks: model.ticks, grid: true } }}
      baseline="left"
    >
      <BarRows
        rows={model.bars}
        plot={model}
        activeItem={activeItem}
        highlightBand={false}
        value={(bar) => ({ x: bar.width + 6, text: bar.valueLabel })}
      >
        {(bar, active) => (
          <rect
            {...barRect(bar)}
            rx={3}
            fill={active ? CHART_COLORS.barActive : CHART_COLORS.bar}
          />
        )}
      </BarRows>
    </PlotFrame>
  );
}
