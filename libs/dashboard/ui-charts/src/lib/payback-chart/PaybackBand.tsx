import { CHART_COLORS } from '../shared/chart-colors';
import type { PaybackChartModel } from './payback-chart.model';

export type PaybackBandProps = {
  band: PaybackChartModel['band'];
  innerHeight: number;
};

/** The months the benchmark's deployments pay back in, shaded behind the curve. */
export function PaybackBand({ band, innerHeight }: PaybackBandProps) {
  if (!band) return null;
  return (
    <rect
      data-testid="payback-band"
      x={band.x}
      y={0}
      width={band.width}
      height={innerHeight}
      fill={CHART_COLORS.band}
    />
  );
}
