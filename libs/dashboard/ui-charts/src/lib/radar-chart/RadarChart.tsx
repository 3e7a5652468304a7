import { useMemo } from 'react';
import { formatChartNumber } from '../shared/chart-format';
import { formatOrMissing } from '../shared/format-or-missing';
import { ChartFrame, type ChartProps } from '../shared/ChartFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { RadarPolygons } from './RadarPolygons';
import { RadarRings } from './RadarRings';
import { RadarSpokes } from './RadarSpokes';
import {
  radarChartModel,
  type RadarAxis,
  type RadarSeries,
} from './radar-chart.model';
import { radarLegend } from './radar-legend';

export type RadarChartProps = Omit<ChartProps, 'empty'> & {
  axes: readonly RadarAxis[];
  /** The first series is drawn last (on top); a dashed series is an overlay, e.g. the previous state. */
  series: readonly RadarSeries[];
  /** The value at the rim, e.g. 5 for scores 1–5. */
  maxValue: number;
  /** Header of the axis column in the hidden table, e.g. "Dimension". */
  categoryHeader: string;
  formatValue?: (value: number) => string;
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
    formatOrMissing(value, formatValue, 'no value');
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
      legend={radarLegend(series)}
      table={{
        headers: [categoryHeader, ...series.map((s) => s.label)],
        rows: axes.map((axis) => [
          axis.label,
          ...series.map((s) => valueText(s.values[axis.key])),
        ]),
      }}
    >
      <RadarRings rings={model.rings} />
      <RadarSpokes
        model={model}
        activeIndex={activeIndex}
        onPoint={activeItem.point}
      />
      <RadarPolygons
        polygons={model.polygons}
        activeIndex={activeIndex}
        onPoint={activeItem.point}
      />
    </ChartFrame>
  );
}
