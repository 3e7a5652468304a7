import type { PaybackChartModel } from './payback-chart.model';

export type PaybackNoteProps = {
  band: { low: number; high: number };
  breakEven: PaybackChartModel['breakEven'];
};

/** The sentence under the chart: what is shaded and what is marked. */
export function PaybackNote({ band, breakEven }: PaybackNoteProps) {
  return (
    <>
      Shaded: the {band.low}–{band.high} months cloud ESM deployments typically
      report.
      {breakEven
        ? ` Marked: ${breakEven.label}.`
        : ' The case does not break even within the horizon.'}
    </>
  );
}
