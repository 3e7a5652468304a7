import { useMemo } from 'react';
import { CHART_COLORS } from '../shared/chart-colors';
import { formatChartNumber, formatChartPercent } from '../shared/chart-format';
import { BarColumns, barRect } from '../shared/ChartItem';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
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

export type ParetoChartProps = ChartProps & {
  data: readonly ParetoDatum[];
  /** e.g. "Request type". */
  categoryHeader: string;
  /** e.g. "Requests". */
  countHeader: string;
  /** The reference line, a fraction (default 0.8). */
  threshold?: number;
  formatCount?: (value: number) => string;
  formatShare?: (fraction: number) => string;
};

/**
 * Counts by category, largest first, with the cumulative share as a line on
 * a 0–100 % right axis and a dashed reference line at the threshold.
 */
export function ParetoChart({
  data,
  categoryHeader,
  countHeader,
  threshold = 0.8,
  formatCount = formatChartNumber,
  formatShare = formatChartPercent,
  ...chart
}: ParetoChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () => paretoChartModel({ data, width, threshold, formatCount }),
    [data, width, threshold, formatCount],
  );
  const activeItem = useActiveItem(model.bars.length);
  const activeBar =
    activeItem.active === null ? null : model.bars[activeItem.active.index];
  const { margin, innerWidth } = model;

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
    <PlotFrame
      {...chart}
      containerRef={containerRef}
      plot={model}
      activeItem={activeItem}
      tooltip={tooltip}
      isEmpty={data.length === 0}
      legend={paretoLegend(countHeader, thresholdLabel)}
      table={{
        headers: [
          categoryHeader,
          countHeader,
          ...(hasShare ? ['Share'] : []),
          'Cumulative',
        ],
        rows: model.bars.map((bar) => [
          bar.label,
          ...linesFor(bar).map((line) => line.value),
        ]),
      }}
      axes={{
        left: { ticks: model.countTicks, grid: true },
        right: { ticks: model.shareTicks },
      }}
      baseline="bottom"
      overlay={
        <>
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
        </>
      }
    >
      <BarColumns
        columns={model.bars}
        plot={model}
        activeItem={activeItem}
        highlightBand={false}
        bandSpan="svg"
      >
        {(bar, active) => (
          <rect
            {...barRect(bar)}
            rx={2}
            fill={
              active
                ? CHART_COLORS.barActive
                : bar.vital
                  ? CHART_COLORS.bar
                  : CHART_COLORS.barMuted
            }
          />
        )}
      </BarColumns>
    </PlotFrame>
  );
}
