import type { PaybackMark } from './realisation-chart.model';

export type RealisationNoteProps = {
  completeMonths: number;
  paybackMarks: readonly PaybackMark[];
};

/** The sentence under the chart: where the actuals stop and what is marked. */
export function RealisationNote({
  completeMonths,
  paybackMarks,
}: RealisationNoteProps) {
  return (
    <>
      {completeMonths > 0
        ? `Actuals up to month ${completeMonths}; after it the forecast scales each department’s plan by its realisation ratio. `
        : 'No month is complete yet: the forecast is the plan. '}
      {paybackMarks.length > 0
        ? `Marked: ${paybackMarks.map((m) => m.label).join('; ')}.`
        : 'Neither the plan nor the forecast pays back within the horizon.'}
    </>
  );
}
