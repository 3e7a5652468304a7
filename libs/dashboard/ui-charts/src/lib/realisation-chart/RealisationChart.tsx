import { useMemo } from 'react';
import { CHART_COLORS } from '../shared/chart-colors';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import {
  realisationChartModel,
  type RealisationPoint,
} from './realisation-chart.model';

export type RealisationChartProps = {
  title: string;
  description: string;
  points: readonly RealisationPoint[];
  plannedPaybackMonths: number | null;
  forecastPaybackMonths: number | null;
  completeMonths: number;
  formatValue?: (value: number) => string;
  formatTick?: (value: number) => string;
  testId?: string;
};

const PLANNED_BAR = CHART_COLORS.barMuted;
const REALISED_BAR = CHART_COLORS.bar;
const PLANNED_LINE = CHART_COLORS.reference;
const FORECAST_LINE = CHART_COLORS.line;

/**
 * A case against what happened: planned and realised benefit per month as
 * bars, and below them the planned and forecast cumulative cash flow with
 * both payback marks.
 */
export function RealisationChart({
  title,
  description,
  points,
  plannedPaybackMonths,
  forecastPaybackMonths,
  completeMonths,
  formatValue,
  formatTick,
  testId,
}: RealisationChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () =>
      realisationChartModel({
        points,
        plannedPaybackMonths,
        forecastPaybackMonths,
        completeMonths,
        width,
        formatValue,
        formatTick,
      }),
    [
      points,
      plannedPaybackMonths,
      forecastPaybackMonths,
      completeMonths,
      width,
      formatValue,
      formatTick,
    ],
  );
  const activeItem = useActiveItem(model.months.length);
  const active =
    activeItem.active === null ? null : model.months[activeItem.active.index];
  const { margin } = model;
  const tooltip: TooltipContent | null = active && {
    title:
      active.month === 0
        ? 'Month 0 (programme start)'
        : `Month ${active.month}`,
    lines: [
      ...(active.month === 0
        ? []
        : [
            { label: 'Planned benefit', value: active.plannedBenefit },
            { label: 'Realised benefit', value: active.realisedBenefit },
          ]),
      { label: 'Planned cumulative', value: active.plannedCumulative },
      { label: 'Forecast cumulative', value: active.forecastCumulative },
    ],
    anchor: { x: margin.left + active.x, y: margin.top + active.forecastY },
  };
  const bottom = model.linesTop + model.linesHeight;
  return (
    <PlotFrame
      title={title}
      description={description}
      containerRef={containerRef}
      plot={{ ...model, innerHeight: bottom }}
      activeItem={activeItem}
      tooltip={tooltip}
      testId={testId}
      table={{
        headers: [
          'Month',
          'Planned benefit',
          'Realised benefit',
          'Planned cumulative',
          'Forecast cumulative',
        ],
        rows: model.months.map((m) => [
          String(m.month),
          m.plannedBenefit,
          m.realisedBenefit,
          m.plannedCumulative,
          m.forecastCumulative,
        ]),
      }}
      legend={[
        {
          key: 'planned-benefit',
          label: 'Planned benefit',
          color: PLANNED_BAR,
          group: 'Each month',
        },
        {
          key: 'realised-benefit',
          label: 'Realised benefit',
          color: REALISED_BAR,
          group: 'Each month',
        },
        {
          key: 'planned-cumulative',
          label: 'Planned',
          color: PLANNED_LINE,
          shape: 'dashed',
          group: 'Cumulative cash flow',
        },
        {
          key: 'forecast-cumulative',
          label: 'Forecast from the actuals',
          color: FORECAST_LINE,
          shape: 'line',
          group: 'Cumulative cash flow',
        },
      ]}
      note={
        <>
          {completeMonths > 0
            ? `Actuals up to month ${completeMonths}; after it the forecast scales each department’s plan by its realisation ratio. `
            : 'No month is complete yet: the forecast is the plan. '}
          {model.paybackMarks.length > 0
            ? `Marked: ${model.paybackMarks.map((m) => m.label).join('; ')}.`
            : 'Neither the plan nor the forecast pays back within the horizon.'}
        </>
      }
      // The benefit bars above the cumulative lines, an axis each; the plot ends under the lines.
      axes={{
        left: [
          { ticks: model.barTicks, grid: true },
          { ticks: model.lineTicks, grid: true },
        ],
        bottom: { ticks: model.xTicks },
      }}
    >
      <text className="chart-label" x={0} y={-8}>
        Benefit each month
      </text>
      <text className="chart-label" x={0} y={model.linesTop - 8}>
        Cumulative cash flow
      </text>
      <g data-testid="realisation-bars">
        {model.plannedBars.map((b) => (
          <rect
            key={`p${b.month}`}
            data-kind="planned"
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            fill={PLANNED_BAR}
          />
        ))}
        {model.realisedBars.map((b) => (
          <rect
            key={`r${b.month}`}
            data-kind="realised"
            data-month={b.month}
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            fill={REALISED_BAR}
          />
        ))}
      </g>
      <line
        x1={0}
        x2={model.innerWidth}
        y1={model.zeroY}
        y2={model.zeroY}
        stroke={CHART_COLORS.reference}
        strokeWidth={1.5}
      />
      {model.measuredUntilX !== null ? (
        <line
          data-testid="realisation-measured-until"
          x1={model.measuredUntilX}
          x2={model.measuredUntilX}
          y1={0}
          y2={bottom}
          stroke={CHART_COLORS.textMuted}
          strokeWidth={1}
        />
      ) : null}
      <path
        d={model.plannedPath}
        fill="none"
        stroke={PLANNED_LINE}
        strokeWidth={2}
        strokeDasharray="6 4"
      />
      <path
        d={model.forecastPath}
        fill="none"
        stroke={FORECAST_LINE}
        strokeWidth={2.5}
      />
      {model.paybackMarks.map((mark) => (
        <g
          key={mark.key}
          data-testid={`realisation-payback-${mark.key}`}
          data-x={mark.x.toFixed(1)}
        >
          <line
            x1={mark.x}
            x2={mark.x}
            y1={model.linesTop}
            y2={bottom}
            stroke={mark.key === 'planned' ? PLANNED_LINE : FORECAST_LINE}
            strokeDasharray="3 3"
          />
          <circle
            cx={mark.x}
            cy={model.zeroY}
            r={4}
            fill={mark.key === 'planned' ? PLANNED_LINE : FORECAST_LINE}
          />
          <text
            className="chart-reference__label"
            x={mark.x + (mark.anchor === 'start' ? 4 : -4)}
            y={model.linesTop + 12}
            textAnchor={mark.anchor}
          >
            {mark.shortLabel}
          </text>
        </g>
      ))}
      {model.months.map((m, index) => (
        <rect
          key={m.month}
          x={m.from}
          y={0}
          width={Math.max(1, m.to - m.from)}
          height={bottom}
          fill="transparent"
          onPointerEnter={() => activeItem.point(index)}
        />
      ))}
      {active ? (
        <>
          <line
            className="chart-cursor"
            x1={active.x}
            x2={active.x}
            y1={0}
            y2={bottom}
          />
          <circle
            cx={active.x}
            cy={active.forecastY}
            r={4}
            fill={FORECAST_LINE}
          />
        </>
      ) : null}
    </PlotFrame>
  );
}
