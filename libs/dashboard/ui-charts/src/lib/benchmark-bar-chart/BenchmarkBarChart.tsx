import { useMemo } from 'react';
import { CHART_COLORS } from '../shared/chart-colors';
import { BarRows, barRect } from '../shared/ChartItem';
import type { LegendItem } from '../shared/ChartLegend';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import {
  benchmarkBarChartModel,
  type BenchmarkBarDatum,
} from './benchmark-bar-chart.model';

export type BenchmarkBarChartProps = ChartProps & {
  data: readonly BenchmarkBarDatum[];
  /** Header of the row column in the table, e.g. "Department". */
  categoryHeader: string;
  /** Header of the value column and tooltip label, e.g. "Deflection rate". */
  valueHeader: string;
};

const LEGEND: readonly LegendItem[] = [
  { key: 'rate', label: 'Deflection rate', color: CHART_COLORS.bar },
  {
    key: 'benchmark',
    label: 'Benchmark',
    color: CHART_COLORS.text,
    shape: 'line',
  },
  {
    key: 'assumed',
    label: 'Assumed benchmark',
    color: CHART_COLORS.textMuted,
    shape: 'dashed',
  },
];

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
  const legend = data.some((d) => d.assumed)
    ? LEGEND
    : LEGEND.filter((item) => item.key !== 'assumed');

  return (
    <PlotFrame
      {...chart}
      containerRef={containerRef}
      plot={model}
      activeItem={activeItem}
      tooltip={tooltip}
      isEmpty={data.length === 0}
      legend={legend}
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
        {(bar, active) => (
          <>
            {bar.width > 0 ? (
              <rect
                {...barRect(bar)}
                rx={3}
                fill={active ? CHART_COLORS.barActive : CHART_COLORS.bar}
              />
            ) : null}
            <line
              className="chart-benchmark-marker"
              data-assumed={bar.assumed}
              x1={bar.targetX}
              x2={bar.targetX}
              y1={bar.y - 4}
              y2={bar.y + bar.height + 4}
              stroke={bar.assumed ? CHART_COLORS.textMuted : CHART_COLORS.text}
              strokeWidth={2.5}
              strokeDasharray={bar.assumed ? '4 3' : undefined}
            />
          </>
        )}
      </BarRows>
    </PlotFrame>
  );
}
