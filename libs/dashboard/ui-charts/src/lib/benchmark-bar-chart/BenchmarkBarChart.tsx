import { useMemo } from 'react';
import { BarRows } from '../shared/ChartItem';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { BenchmarkBar } from './BenchmarkBar';
import {
  benchmarkBarChartModel,
  type BenchmarkBarDatum,
} from './benchmark-bar-chart.model';
import { benchmarkLegend } from './benchmark-legend';

export type BenchmarkBarChartProps = ChartProps & {
  data: readonly BenchmarkBarDatum[];
  /** Header of the row column in the table, e.g. "Department". */
  categoryHeader: string;
  /** Header of the value column and tooltip label, e.g. "Deflection rate". */
  valueHeader: string;
};

/** Rates as 0–100 % bars, each with a marker at its own benchmark. */
export function BenchmarkBarChart({
  data,
  categoryHeader,
  valueHeader,
  ...chart
}: BenchmarkBarChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () => benchmarkBarChartModel({ data, width }),
    [data, width],
  );
  const activeItem = useActiveItem(model.bars.length);
  const activeBar =
    activeItem.active === null ? null : model.bars[activeItem.active.index];
  const { margin } = model;
  const tooltip: TooltipContent | null = activeBar && {
    title: activeBar.label,
    lines: [
      { label: valueHeader, value: activeBar.valueLabel },
      { label: 'Benchmark', value: activeBar.targetLabel },
    ],
    anchor: {
      x: margin.left + Math.max(activeBar.width, activeBar.targetX),
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
      legend={benchmarkLegend(data)}
      table={{
        headers: [categoryHeader, valueHeader, 'Benchmark'],
        rows: model.bars.map((bar) => [
          bar.label,
          bar.valueLabel,
          bar.targetLabel,
        ]),
      }}
      axes={{ bottom: { ticks: model.ticks, grid: true } }}
      baseline="left"
    >
      <BarRows
        rows={model.bars}
        plot={model}
        activeItem={activeItem}
        value={(bar) => ({
          x: bar.valueX,
          text: bar.valueLabel,
          className:
            bar.value === null
              ? 'chart-value chart-value--none'
              : 'chart-value',
        })}
      >
        {(bar, active) => <BenchmarkBar bar={bar} active={active} />}
      </BarRows>
    </PlotFrame>
  );
}
