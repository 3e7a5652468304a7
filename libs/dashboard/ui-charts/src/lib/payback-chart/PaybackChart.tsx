import { useMemo } from 'react';
import { CHART_COLORS } from '../shared/chart-colors';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { paybackChartModel, type PaybackPoint } from './payback-chart.model';

export type PaybackChartProps = {
  title: string;
  description: string;
  points: readonly PaybackPoint[];
  paybackMonths: number | null;
  band: { low: number; high: number };
  formatValue?: (value: number) => string;
  testId?: string;
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
  const step =
    model.dots.length > 1
      ? model.dots[1].x - model.dots[0].x
      : model.innerWidth;
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
      note={
        <>
          Shaded: the {band.low}–{band.high} months cloud ESM deployments
          typically report.
          {model.breakEven
            ? ` Marked: ${model.breakEven.label}.`
            : ' The case does not break even within the horizon.'}
        </>
      }
      axes={{
        left: { ticks: model.yTicks, grid: true },
        bottom: { ticks: model.xTicks },
      }}
      underlay={
        model.band ? (
          <rect
            data-testid="payback-band"
            x={model.band.x}
            y={0}
            width={model.band.width}
            height={model.innerHeight}
            fill={CHART_COLORS.band}
          />
        ) : null
      }
    >
      <line
        x1={0}
        x2={model.innerWidth}
        y1={model.zeroY}
        y2={model.zeroY}
        stroke={CHART_COLORS.reference}
        strokeWidth={1.5}
      />
      <path
        d={model.path}
        fill="none"
        stroke={CHART_COLORS.bar}
        strokeWidth={2.5}
      />
      {model.breakEven ? (
        <g
          data-testid="payback-break-even"
          data-x={model.breakEven.x.toFixed(1)}
        >
          <line
            x1={model.breakEven.x}
            x2={model.breakEven.x}
            y1={0}
            y2={model.innerHeight}
            stroke={CHART_COLORS.lineAlt}
            strokeDasharray="4 3"
          />
          <circle
            cx={model.breakEven.x}
            cy={model.breakEven.y}
            r={5}
            fill={CHART_COLORS.lineAlt}
          />
        </g>
      ) : null}
      {model.dots.map((dot, index) => (
        <rect
          key={dot.month}
          x={dot.x - step / 2}
          y={0}
          width={Math.max(1, step)}
          height={model.innerHeight}
          fill="transparent"
          onPointerEnter={() => activeItem.point(index)}
        />
      ))}
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
