import { useMemo } from 'react';
import { AxisVertical } from '../shared/Axis';
import { CHART_COLORS } from '../shared/chart-colors';
import { formatChartNumber, formatChartPercent } from '../shared/chart-format';
import { ChartDataTable } from '../shared/ChartDataTable';
import { ChartFrame } from '../shared/ChartFrame';
import { ChartLegend } from '../shared/ChartLegend';
import type { TooltipContent, TooltipLine } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { ParetoLabels } from './ParetoLabels';
import { paretoLegend } from './pareto-legend';
import {
  paretoChartModel,
  type ParetoBar,
  type ParetoDatum,
} from './pareto-chart.model';

export type ParetoChartProps = {
  title: string;
  description: string;
  data: readonly ParetoDatum[];
  /** e.g. "Request type". */
  categoryHeader: string;
  /** e.g. "Requests". */
  countHeader: string;
  /** The reference line, a fraction (default 0.8). */
  threshold?: number;
  formatCount?: (value: number) => string;
  formatShare?: (fraction: number) => string;
  testId?: string;
};

/**
 * Counts by category, largest first, with the cumulative share as a line on
 * a 0–100 % right axis and a dashed reference line at the threshold.
 */
export function ParetoChart({
  title,
  description,
  data,
  categoryHeader,
  countHeader,
  threshold = 0.8,
  formatCount = formatChartNumber,
  formatShare = formatChartPercent,
  testId,
}: ParetoChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () => paretoChartModel({ data, width, threshold, formatCount }),
    [data, width, threshold, formatCount],
  );
  const activeItem = useActiveItem(model.bars.length);
  const activeBar =
    activeItem.active === null ? null : model.bars[activeItem.active.index];
  const { margin, innerWidth, innerHeight } = model;

  const hasShare = data.some((d) => d.share !== undefined);
  const linesFor = (bar: ParetoBar): TooltipLine[] => [
    { label: countHeader, value: formatCount(bar.count) },
    ...(hasShare
      ? [
          {
            label: 'Share',
            value: bar.share === undefined ? '' : formatShare(bar.share),
          },
        ]
      : []),
    { label: 'Cumulative', value: formatShare(bar.cumulativeShare) },
  ];
  const tooltip: TooltipContent | null = activeBar && {
    title: activeBar.label,
    lines: linesFor(activeBar),
    anchor: { x: margin.left + activeBar.centerX, y: margin.top + activeBar.y },
  };
  const thresholdLabel = formatShare(threshold).replace(/\.0%$/, '%');

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
      legend={<ChartLegend items={paretoLegend(countHeader, thresholdLabel)} />}
      table={
        <ChartDataTable
          caption={title}
          headers={[
            categoryHeader,
            countHeader,
            ...(hasShare ? ['Share'] : []),
            'Cumulative',
          ]}
          rows={model.bars.map((bar) => [
            bar.label,
            ...linesFor(bar).map((line) => line.value),
          ])}
        />
      }
    >
      <g transform={`translate(${margin.left},${margin.top})`}>
        <AxisVertical
          ticks={model.countTicks}
          x={0}
          side="left"
          gridLength={innerWidth}
        />
        <AxisVertical ticks={model.shareTicks} x={innerWidth} side="right" />
        {model.bars.map((bar, index) => (
          <g
            key={bar.key}
            className="chart-bar"
            data-key={bar.key}
            onPointerEnter={() => activeItem.point(index)}
          >
            <rect
              className="chart-bar__band"
              x={bar.bandX}
              y={-margin.top}
              width={bar.bandWidth}
              height={model.height}
            />
            <rect
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              rx={2}
              fill={
                activeBar?.key === bar.key
                  ? CHART_COLORS.barActive
                  : bar.vital
                    ? CHART_COLORS.bar
                    : CHART_COLORS.barMuted
              }
            />
          </g>
        ))}
        <line
          className="chart-axis__baseline"
          x1={0}
          x2={innerWidth}
          y1={innerHeight}
          y2={innerHeight}
        />
        <line
          className="chart-threshold"
          x1={0}
          x2={innerWidth}
          y1={model.threshold.offset}
          y2={model.threshold.offset}
        />
        <path className="chart-line" d={model.linePath} />
        {model.bars.map((bar) => (
          <circle
            key={bar.key}
            className="chart-line__point"
            cx={bar.centerX}
            cy={bar.lineY}
            r={activeBar?.key === bar.key ? 5 : 3.5}
          />
        ))}
        <ParetoLabels model={model} />
      </g>
    </ChartFrame>
  );
}
