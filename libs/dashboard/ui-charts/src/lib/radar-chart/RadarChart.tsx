import { useMemo } from 'react';
import { CHART_COLORS } from '../shared/chart-colors';
import { formatChartNumber } from '../shared/chart-format';
import { ChartFrame } from '../shared/ChartFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import {
  radarChartModel,
  type RadarAxis,
  type RadarSeries,
} from './radar-chart.model';

export type RadarChartProps = {
  /** The chart's accessible name. */
  title: string;
  /** One or two sentences saying what the chart shows. */
  description: string;
  axes: readonly RadarAxis[];
  /** The first series is drawn last (on top); a dashed series is an overlay, e.g. the previous state. */
  series: readonly RadarSeries[];
  /** The value at the rim, e.g. 5 for scores 1–5. */
  maxValue: number;
  /** Header of the axis column in the hidden table, e.g. "Dimension". */
  categoryHeader: string;
  formatValue?: (value: number) => string;
  testId?: string;
};

/**
 * A radar (spider) chart: one spoke per axis, rings at whole values, a
 * polygon per series; the arrow keys move between spokes and the tooltip
 * lists each series' value there.
 */
export function RadarChart({
  title,
  description,
  axes,
  series,
  maxValue,
  categoryHeader,
  formatValue = formatChartNumber,
  testId,
}: RadarChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () => radarChartModel({ axes, series, width, maxValue }),
    [axes, series, width, maxValue],
  );
  const activeItem = useActiveItem(axes.length);
  const activeIndex = activeItem.active?.index ?? null;
  const activeSpoke = activeIndex === null ? null : model.spokes[activeIndex];
  const valueText = (value: number | null | undefined) =>
    value === null || value === undefined ? 'no value' : formatValue(value);
  const tooltip: TooltipContent | null =
    activeSpoke && activeIndex !== null
      ? {
          title: activeSpoke.label,
          lines: series.map((s) => ({
            label: s.label,
            value: valueText(s.values[activeSpoke.key]),
          })),
          anchor: { x: activeSpoke.x, y: activeSpoke.y },
        }
      : null;
  // Overlays first, so the main series is drawn on top.
  const drawOrder = [...model.polygons].reverse();

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
      legend={series.map((s) => ({
        key: s.key,
        label: s.label,
        color: s.color,
        shape: s.dashed ? 'dashed' : 'box',
      }))}
      table={{
        headers: [categoryHeader, ...series.map((s) => s.label)],
        rows: axes.map((axis) => [
          axis.label,
          ...series.map((s) => valueText(s.values[axis.key])),
        ]),
      }}
    >
      {model.rings.map((ring) => (
        <g key={ring.value}>
          <path d={ring.d} fill="none" stroke={CHART_COLORS.grid} />
          <text
            className="chart-tick"
            x={ring.labelX}
            y={ring.labelY}
            dx="0.25em"
            dy="-0.25em"
            fill={CHART_COLORS.textMuted}
          >
            {ring.value}
          </text>
        </g>
      ))}
      {model.spokes.map((spoke, index) => (
        <g
          key={spoke.key}
          className="chart-radar-spoke"
          data-key={spoke.key}
          onPointerEnter={() => activeItem.point(index)}
        >
          <line
            x1={model.cx}
            y1={model.cy}
            x2={spoke.x}
            y2={spoke.y}
            stroke={
              index === activeIndex ? CHART_COLORS.reference : CHART_COLORS.grid
            }
            strokeWidth={index === activeIndex ? 2 : 1}
          />
          <text
            className="chart-label"
            x={spoke.labelX}
            y={spoke.labelY}
            textAnchor={spoke.anchor}
          >
            {spoke.lines.map((line, i) => (
              <tspan key={line} x={spoke.labelX} dy={i === 0 ? 0 : '1.15em'}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {drawOrder.map((polygon) => (
        <g
          key={polygon.key}
          className="chart-radar-series"
          data-series={polygon.key}
        >
          <path
            d={polygon.d}
            fill={polygon.dashed ? 'none' : polygon.color}
            fillOpacity={polygon.dashed ? 0 : 0.18}
            stroke={polygon.color}
            strokeWidth={2}
            strokeDasharray={polygon.dashed ? '6 4' : undefined}
          />
          {polygon.points.map((point, index) =>
            point.value === null ? null : (
              <circle
                key={point.axisKey}
                cx={point.x}
                cy={point.y}
                r={index === activeIndex ? 5 : 3.5}
                fill={polygon.dashed ? '#ffffff' : polygon.color}
                stroke={polygon.color}
                onPointerEnter={() => activeItem.point(index)}
              />
            ),
          )}
        </g>
      ))}
    </ChartFrame>
  );
}
