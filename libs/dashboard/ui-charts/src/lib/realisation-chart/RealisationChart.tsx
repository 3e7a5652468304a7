import { useMemo } from 'react';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { RealisationMarks } from './RealisationMarks';
import { RealisationNote } from './RealisationNote';
import {
  realisationChartModel,
  type RealisationPoint,
} from './realisation-chart.model';
import { REALISATION_LEGEND } from './realisation-legend';
import {
  REALISATION_TABLE_HEADERS,
  realisationTableRow,
  realisationTooltip,
} from './realisation-month-text';

export type RealisationChartProps = Omit<ChartProps, 'empty'> & {
  points: readonly RealisationPoint[];
  plannedPaybackMonths: number | null;
  forecastPaybackMonths: number | null;
  completeMonths: number;
  formatValue?: (value: number) => string;
  formatTick?: (value: number) => string;
};

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
  const tooltip: TooltipContent | null =
    active && realisationTooltip(active, margin);
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
        headers: REALISATION_TABLE_HEADERS,
        rows: model.months.map(realisationTableRow),
      }}
      legend={REALISATION_LEGEND}
      note={
        <RealisationNote
          completeMonths={completeMonths}
          paybackMarks={model.paybackMarks}
        />
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
      <RealisationMarks
        model={model}
        active={active}
        onPoint={activeItem.point}
      />
    </PlotFrame>
  );
}
