import { CHART_COLORS } from '../shared/chart-colors';
import { ChartCursor } from '../shared/ChartCursor';
import { HoverStrips } from '../shared/HoverStrips';
import { ZeroLine } from '../shared/ZeroLine';
import { RealisationBars } from './RealisationBars';
import { RealisationCurves } from './RealisationCurves';
import { RealisationPaybackMarks } from './RealisationPaybackMarks';
import type { RealisationChartModel } from './realisation-chart.model';
import { REALISATION_COLORS } from './realisation-legend';

export type RealisationMarksProps = {
  model: RealisationChartModel;
  /** The highlighted month, marked on the forecast line. */
  active: RealisationChartModel['months'][number] | null;
  onPoint: (index: number) => void;
};

/**
 * What the realisation chart draws inside its frame: the two panels' titles,
 * the benefit bars, the zero line, where the actuals end, both cumulative
 * curves with their payback marks, and a hover strip per month.
 */
export function RealisationMarks({
  model,
  active,
  onPoint,
}: RealisationMarksProps) {
  const bottom = model.linesTop + model.linesHeight;
  return (
    <>
      <text className="chart-label" x={0} y={-8}>
        Benefit each month
      </text>
      <text className="chart-label" x={0} y={model.linesTop - 8}>
        Cumulative cash flow
      </text>
      <RealisationBars
        plannedBars={model.plannedBars}
        realisedBars={model.realisedBars}
      />
      <ZeroLine y={model.zeroY} length={model.innerWidth} />
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
      <RealisationCurves
        plannedPath={model.plannedPath}
        forecastPath={model.forecastPath}
      />
      <RealisationPaybackMarks
        marks={model.paybackMarks}
        linesTop={model.linesTop}
        bottom={bottom}
        zeroY={model.zeroY}
      />
      <HoverStrips
        strips={model.months.map((m) => ({
          key: m.month,
          x: m.from,
          width: m.to - m.from,
        }))}
        height={bottom}
        onPoint={onPoint}
      />
      {active ? (
        <>
          <ChartCursor x={active.x} height={bottom} />
          <circle
            cx={active.x}
            cy={active.forecastY}
            r={4}
            fill={REALISATION_COLORS.forecastLine}
          />
        </>
      ) : null}
    </>
  );
}
