import { useMemo } from 'react';
import { formatChartNumber, formatChartPercent } from '../shared/chart-format';
import { BarColumns } from '../shared/ChartItem';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { ParetoBarRect } from './ParetoBarRect';
import { ParetoCumulative } from './ParetoCumulative';
import { ParetoLabels } from './ParetoLabels';
import { paretoLegend } from './pareto-legend';
import { paretoChartModel, type ParetoDatum } from './pareto-chart.model';
import { paretoHeaders, paretoLines } from './pareto-text';

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
  const { margin } = model;

  const text = {
    countHeader,
    hasShare: data.some((d) => d.share !== undefined),
    formatCount,
    formatShare,
  };
  const tooltip: TooltipContent | null = activeBar && {
    title: activeBar.label,
    lines: paretoLines(activeBar, text),
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
        headers: paretoHeaders(categoryHeader, text),
        rows: model.bars.map((bar) => [
          bar.label,
          ...paretoLines(bar, text).map((line) => line.value),
        ]),
      }}
      axes={{
        left: { ticks: model.countTicks, grid: true },
        right: { ticks: model.shareTicks },
      }}
      baseline="bottom"
      overlay={
        <>
          <ParetoCumulative model={model} activeKey={activeBar?.key} />
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
        {(bar, active) => <ParetoBarRect bar={bar} active={active} />}
      </BarColumns>
    </PlotFrame>
  );
}
