import { useMemo } from 'react';
import { CHART_COLORS } from '../shared/chart-colors';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { TornadoKey } from './TornadoKey';
import { TornadoRowMarks } from './TornadoRowMarks';
import { tornadoChartModel, type TornadoDatum } from './tornado-chart.model';

export type TornadoChartProps = Omit<ChartProps, 'empty'> & {
  data: readonly TornadoDatum[];
  /** The outcome of the case as entered: where the bars start. */
  base: number;
  lowLabel: string;
  highLabel: string;
  formatValue?: (value: number) => string;
  /** The axis's labels (default formatValue), e.g. compact money. */
  formatTick?: (value: number) => string;
};

/** Sensitivity as a tornado: per driver, the outcome at its low and high value around the base case. */
export function TornadoChart({
  title,
  description,
  data,
  base,
  lowLabel,
  highLabel,
  formatValue,
  formatTick,
  testId,
}: TornadoChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () => tornadoChartModel({ data, base, width, formatValue, formatTick }),
    [data, base, width, formatValue, formatTick],
  );
  const activeItem = useActiveItem(model.rows.length);
  const active =
    activeItem.active === null ? null : model.rows[activeItem.active.index];
  const { margin } = model;
  const tooltip: TooltipContent | null = active && {
    title: active.label,
    lines: [
      { label: lowLabel, value: active.lowBar.label },
      { label: highLabel, value: active.highBar.label },
    ],
    anchor: { x: margin.left + model.baseX, y: margin.top + active.y },
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
        headers: ['Driver', lowLabel, highLabel],
        rows: model.rows.map((r) => [r.label, r.lowBar.label, r.highBar.label]),
      }}
      note={<TornadoKey lowLabel={lowLabel} highLabel={highLabel} />}
      axes={{ bottom: { ticks: model.ticks, grid: true } }}
    >
      {model.rows.map((row, index) => (
        <TornadoRowMarks
          key={row.key}
          row={row}
          marginLeft={margin.left}
          width={model.width}
          onPointerEnter={() => activeItem.point(index)}
        />
      ))}
      <line
        x1={model.baseX}
        x2={model.baseX}
        y1={0}
        y2={model.innerHeight}
        stroke={CHART_COLORS.reference}
        strokeWidth={1.5}
      />
    </PlotFrame>
  );
}
