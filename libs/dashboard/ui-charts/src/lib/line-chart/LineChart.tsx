import { useMemo } from 'react';
import { CHART_COLORS } from '../shared/chart-colors';
import { formatChartPercent } from '../shared/chart-format';
import type { LegendItem } from '../shared/ChartLegend';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { LineBandArea, LineReferences } from './LineDecorations';
import { LineMarkerShape } from './LineMarkerShape';
import {
  lineChartModel,
  type LineBand,
  type LinePoint,
  type LineReference,
  type LineSeries,
} from './line-chart.model';

export type LineChartProps = {
  /** The chart's accessible name. */
  title: string;
  /** One or two sentences saying what the chart shows. */
  description: string;
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
  testId?: string;
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

  const valueText = (value: number | null | undefined) =>
    value === null || value === undefined ? 'no data' : formatValue(value);
  const tooltip: TooltipContent | null =
    activeColumn && activeIndex !== null
      ? {
          title: activeColumn.label,
          lines: [
            ...series.map((s) => ({
              label: s.label,
              value: valueText(points[activeIndex].values[s.key]),
            })),
            ...(points[activeIndex].details ?? []),
          ],
          anchor: {
            x: margin.left + activeColumn.x,
            y: margin.top + activeColumn.anchorY,
          },
        }
      : null;

  const legend: LegendItem[] = [
    ...series.map((s) => ({ ...s, shape: 'line' as const })),
    ...references.map((r) => ({
      key: r.key,
      label: r.label,
      color: CHART_COLORS.reference,
      shape: 'dashed' as const,
    })),
    ...(band
      ? [{ key: 'band', label: band.label, color: CHART_COLORS.band }]
      : []),
  ];

  return (
    <PlotFrame
      title={title}
      description={description}
      containerRef={containerRef}
      plot={model}
      activeItem={activeItem}
      tooltip={tooltip}
      testId={testId}
      legend={legend}
      table={{
        headers: [categoryHeader, ...series.map((s) => s.label)],
        rows: points.map((p) => [
          p.label,
          ...series.map((s) => valueText(p.values[s.key])),
        ]),
      }}
      axes={{
        left: { ticks: model.yTicks, grid: true },
        bottom: { ticks: model.xTicks },
      }}
      underlay={<LineBandArea band={model.band} innerWidth={innerWidth} />}
    >
      <LineReferences references={model.references} innerWidth={innerWidth} />
      {activeColumn ? (
        <line
          className="chart-cursor"
          x1={activeColumn.x}
          x2={activeColumn.x}
          y1={0}
          y2={innerHeight}
        />
      ) : null}
      {model.paths.map((path) => (
        <path
          key={path.key}
          className="chart-series"
          d={path.d}
          stroke={path.color}
        />
      ))}
      {model.columns.map((column, index) => (
        <g
          key={column.key}
          className={
            index === activeIndex
              ? 'chart-column chart-column--active'
              : 'chart-column'
          }
          data-key={column.key}
          onPointerEnter={() => activeItem.point(index)}
        >
          <rect
            className="chart-column__band"
            x={column.bandX}
            y={0}
            width={column.bandWidth}
            height={innerHeight}
          />
          {column.markers.map((marker) => (
            <LineMarkerShape
              key={marker.seriesKey}
              marker={marker}
              active={index === activeIndex}
            />
          ))}
        </g>
      ))}
    </PlotFrame>
  );
}
