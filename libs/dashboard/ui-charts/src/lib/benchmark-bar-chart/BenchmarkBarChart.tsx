import { useMemo } from 'react';
import { AxisBottom } from '../shared/Axis';
import { CHART_COLORS } from '../shared/chart-colors';
import { ChartDataTable } from '../shared/ChartDataTable';
import { ChartFrame } from '../shared/ChartFrame';
import { ChartLegend, type LegendItem } from '../shared/ChartLegend';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import {
  benchmarkBarChartModel,
  type BenchmarkBarDatum,
} from './benchmark-bar-chart.model';

export type BenchmarkBarChartProps = {
  title: string;
  description: string;
  data: readonly BenchmarkBarDatum[];
  /** Header of the row column in the table, e.g. "Department". */
  categoryHeader: string;
  /** Header of the value column and tooltip label, e.g. "Deflection rate". */
  valueHeader: string;
  testId?: string;
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
  title,
  description,
  data,
  categoryHeader,
  valueHeader,
  testId,
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
    <ChartFrame
      title={title}
      description={description}
      containerRef={containerRef}
      width={model.width}
      height={model.height}
      activeItem={activeItem}
      tooltip={tooltip}
      testId={testId}
      legend={<ChartLegend items={legend} />}
      table={
        <ChartDataTable
          caption={title}
          headers={[categoryHeader, valueHeader, 'Benchmark']}
          rows={model.bars.map((bar) => [
            bar.label,
            bar.valueLabel,
            bar.targetLabel,
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
            {bar.width > 0 ? (
              <rect
                x={0}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                rx={3}
                fill={
                  activeBar?.key === bar.key
                    ? CHART_COLORS.barActive
                    : CHART_COLORS.bar
                }
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
              className={
                bar.value === null
                  ? 'chart-value chart-value--none'
                  : 'chart-value'
              }
              x={bar.valueX}
              y={bar.centerY}
              dy="0.32em"
            >
              {bar.valueLabel}
            </text>
          </g>
        ))}
        <line className="chart-axis__baseline" y1={0} y2={model.innerHeight} />
      </g>
    </ChartFrame>
  );
}
