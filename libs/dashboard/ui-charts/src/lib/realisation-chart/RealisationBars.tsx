import { REALISATION_COLORS } from './realisation-legend';
import type { RealisationChartModel } from './realisation-chart.model';

export type RealisationBarsProps = Pick<
  RealisationChartModel,
  'plannedBars' | 'realisedBars'
>;

/** Each month's planned benefit, then the realised one beside it. */
export function RealisationBars({
  plannedBars,
  realisedBars,
}: RealisationBarsProps) {
  return (
    <g data-testid="realisation-bars">
      {plannedBars.map((b) => (
        <rect
          key={`p${b.month}`}
          data-kind="planned"
          x={b.x}
          y={b.y}
          width={b.width}
          height={b.height}
          fill={REALISATION_COLORS.plannedBar}
        />
      ))}
      {realisedBars.map((b) => (
        <rect
          key={`r${b.month}`}
          data-kind="realised"
          data-month={b.month}
          x={b.x}
          y={b.y}
          width={b.width}
          height={b.height}
          fill={REALISATION_COLORS.realisedBar}
        />
      ))}
    </g>
  );
}
