import { REALISATION_COLORS } from './realisation-legend';

export type RealisationCurvesProps = {
  plannedPath: string;
  forecastPath: string;
};

/** The cumulative cash flow as planned (dashed) and as forecast from the actuals. */
export function RealisationCurves({
  plannedPath,
  forecastPath,
}: RealisationCurvesProps) {
  return (
    <>
      <path
        d={plannedPath}
        fill="none"
        stroke={REALISATION_COLORS.plannedLine}
        strokeWidth={2}
        strokeDasharray="6 4"
      />
      <path
        d={forecastPath}
        fill="none"
        stroke={REALISATION_COLORS.forecastLine}
        strokeWidth={2.5}
      />
    </>
  );
}
