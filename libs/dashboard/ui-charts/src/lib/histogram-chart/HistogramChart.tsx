import { useMemo } from 'react';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { HistogramBars } from './HistogramBars';
import { HistogramMarkers } from './HistogramMarkers';
import {
  histogramChartModel,
  type HistogramBinDatum,
  type HistogramMarker,
} from './histogram-chart.model';

export type HistogramChartProps = Omit<ChartProps, 'empty'> & {
  bins: readonly HistogramBinDatum[];
  markers: readonly HistogramMarker[];
  /** Header of the range column, e.g. "NPV". */
  valueHeader: string;
  countHeader?: string;
  formatValue?: (value: number) => string;
  /** The x axis's labels (default formatValue), e.g. compact money on a narrow screen. */
  formatTick?: (value: number) => string;
  /** The axes' titles; by default the table's headers ("NPV", "Runs"). */
  xTitle?: string;
  yTitle?: string;
};

/** A distribution as bars, with percentile markers (P10, P50, P90). */
export function HistogramChart({
  title,
  description,
  bins,
  markers,
  valueHeader,
  countHeader = 'Runs',
  formatValue,
  formatTick,
  xTitle = valueHeader,
  yTitle = countHeader,
  testId,
}: HistogramChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () =>
      histogramChartModel({ bins, markers, width, formatValue, formatTick }),
    [bins, markers, width, formatValue, formatTick],
  );
  const activeItem = useActiveItem(model.bars.length);
  const active =
    activeItem.active === null ? null : model.bars[activeItem.active.index];
  const { margin } = model;
  const tooltip: TooltipContent | null = active && {
    title: active.rangeLabel,
    lines: [{ label: countHeader, value: String(active.count) }],
    anchor: {
      x: margin.left + active.x + active.width / 2,
      y: margin.top + active.y,
    },
  };
  return (
    <PlotFrame
      title={title}
      description={description}
      containerRef={containerRef}
      plot={model}
      activeItem={activeItem}
      tooltip={tooltip}
      testId={testId}
      table={{
        headers: [valueHeader, countHeader],
        rows: model.bars.map((b) => [b.rangeLabel, String(b.count)]),
      }}
      note={model.markers.map((m) => `${m.label} ${m.valueLabel}`).join(' · ')}
      axes={{
        left: { ticks: model.yTicks, grid: true },
        bottom: { ticks: model.xTicks },
        xTitle,
        yTitle,
      }}
    >
      <HistogramBars
        bars={model.bars}
        activeKey={active?.key}
        onPoint={activeItem.point}
      />
      <HistogramMarkers
        markers={model.markers}
        innerHeight={model.innerHeight}
      />
    </PlotFrame>
  );
}
