import { CHART_COLORS } from '../shared/chart-colors';

export type TornadoKeyProps = {
  lowLabel: string;
  highLabel: string;
};

/** The note under the chart: which colour is the low outcome, which the high. */
export function TornadoKey({ lowLabel, highLabel }: TornadoKeyProps) {
  return (
    <>
      <span
        className="chart-swatch"
        style={{ background: CHART_COLORS.barMuted }}
      />{' '}
      {lowLabel}{' '}
      <span
        className="chart-swatch"
        style={{ background: CHART_COLORS.line }}
      />{' '}
      {highLabel}
    </>
  );
}
