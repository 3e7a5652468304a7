import { useMemo } from 'react';
import { CHART_COLORS } from '../shared/chart-colors';
import { HoverStrips } from '../shared/HoverStrips';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { ZeroLine } from '../shared/ZeroLine';
import { PaybackBand } from './PaybackBand';
import { PaybackBreakEven } from './PaybackBreakEven';
import { PaybackNote } from './PaybackNote';
import { paybackHoverStrips } from './payback-hover-strips';
import { paybackChartModel, type PaybackPoint } from './payback-chart.model';

export type PaybackChartProps = Omit<ChartProps, 'empty'> & {
  points: readonly PaybackPoint[];
  paybackMonths: number | null;
  band: { low: number; high: number };
  formatValue?: (value: number) => string;
};

/** Cumulative cash flow by month: the zero line, the break-even point and the benchmark band. */
export function PaybackChart({
  title,
  description,
  points,
  paybackMonths,
  band,
  formatValue,
  testId,
}: PaybackChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () =>
      paybackChartModel({ points, paybackMonths, band, width, formatValue }),
    [points, paybackMonths, band, width, formatValue],
  );
  const activeItem = useActiveItem(model.dots.length);
  const active =
    activeItem.active === null ? null : model.dots[activeItem.active.index];
  const { margin } = model;
  const tooltip: TooltipContent | null = active && {
    title: `Month ${active.month}`,
    lines: [{ label: 'Cumulative', value: active.label }],
    anchor: { x: margin.left + active.x, y: margin.top + active.y },
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
        headers: ['Month', 'Cumulative'],
        rows: model.dots.map((d) => [String(d.month), d.label]),
      }}
      note={<PaybackNote band={band} breakEven={model.breakEven} />}
      axes={{
        left: { ticks: model.yTicks, grid: true },
        bottom: { ticks: model.xTicks },
      }}
      underlay={
        <PaybackBand band={model.band} innerHeight={model.innerHeight} />
      }
    >
      <ZeroLine y={model.zeroY} length={model.innerWidth} />
      <path
        d={model.path}
        fill="none"
        stroke={CHART_COLORS.bar}
        strokeWidth={2.5}
      />
      {model.breakEven ? (
        <PaybackBreakEven
          breakEven={model.breakEven}
          innerHeight={model.innerHeight}
        />
      ) : null}
      <HoverStrips
        strips={paybackHoverStrips(model.dots, model.innerWidth)}
        height={model.innerHeight}
        onPoint={activeItem.point}
      />
      {active ? (
        <circle
          cx={active.x}
          cy={active.y}
          r={4}
          fill={CHART_COLORS.barActive}
        />
      ) : null}
    </PlotFrame>
  );
}
