import { useMemo } from 'react';
import { ChartCursor } from '../shared/ChartCursor';
import { formatChartPercent } from '../shared/chart-format';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { LineBandArea, LineReferences } from './LineDecorations';
import { LineColumns } from './LineColumns';
import { LineSeriesPaths } from './LineSeriesPaths';
import {
  lineChartModel,
  type LineBand,
  type LinePoint,
  type LineReference,
  type LineSeries,
} from './line-chart.model';
import { lineLegend } from './line-legend';
import { lineTableRow, lineTooltip } from './line-period-text';

export type LineChartProps = Omit<ChartProps, 'empty'> & {
  /** The periods, oldest first; a null value leaves a gap. */
  points: readonly LinePoint[];
  series: readonly LineSeries[];
  /** Week ticks on Mondays or month ticks. */
  grain: 'week' | 'month';
  /** Dashed horizontal lines, e.g. a benchmark. */
  references?: readonly LineReference[];
  /** A shaded horizontal band, e.g. a stability floor from 0.40 to 1. */
  band?: LineBand | null;
  /** Header of the period column in the hidden table, e.g. "Period". */
  categoryHeader: string;
  /** How values read in the tooltip and table; percentages by default. */
  formatValue?: (value: number) => string;
  /** The value axis; [0, 1] (rates) by default. */
  yDomain?: readonly [number, number];
  /** Value-axis tick text; percentages by default. */
  formatTick?: (value: number) => string;
};

/**
 * Several series over dates (e.g. weekly rates) with gaps where a period has
 * no value, optional reference lines and band; the arrow keys move between
 * periods and the tooltip shows the period's numbers.
 */
export function LineChart({
  title,
  description,
  points,
  series,
  grain,
  references = [],
  band = null,
  categoryHeader,
  formatValue = formatChartPercent,
  yDomain,
  formatTick,
  testId,
}: LineChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () =>
      lineChartModel({
        points,
        series,
        width,
        grain,
        references,
        band,
        yDomain,
        formatTick,
      }),
    [points, series, width, grain, references, band, yDomain, formatTick],
  );
  const activeItem = useActiveItem(model.columns.length);
  const activeIndex = activeItem.active?.index ?? null;
  const activeColumn = activeIndex === null ? null : model.columns[activeIndex];
  const { margin, innerWidth, innerHeight } = model;

  const tooltip: TooltipContent | null =
    activeColumn && activeIndex !== null
      ? lineTooltip(
          activeColumn,
          points[activeIndex],
          series,
          formatValue,
          margin,
        )
      : null;

  return (
    <PlotFrame
      title={title}
      description={description}
      containerRef={containerRef}
      plot={model}
      activeItem={activeItem}
      tooltip={tooltip}
      testId={testId}
      legend={lineLegend(series, references, band)}
      table={{
        headers: [categoryHeader, ...series.map((s) => s.label)],
        rows: points.map((p) => lineTableRow(p, series, formatValue)),
      }}
      axes={{
        left: { ticks: model.yTicks, grid: true },
        bottom: { ticks: model.xTicks },
      }}
      underlay={<LineBandArea band={model.band} innerWidth={innerWidth} />}
    >
      <LineReferences references={model.references} innerWidth={innerWidth} />
      {activeColumn ? (
        <ChartCursor x={activeColumn.x} height={innerHeight} />
      ) : null}
      <LineSeriesPaths paths={model.paths} />
      <LineColumns
        columns={model.columns}
        activeIndex={activeIndex}
        innerHeight={innerHeight}
        onPoint={activeItem.point}
      />
    </PlotFrame>
  );
}
