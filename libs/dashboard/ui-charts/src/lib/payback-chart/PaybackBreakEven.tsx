import { CHART_COLORS } from '../shared/chart-colors';
import type { PaybackChartModel } from './payback-chart.model';

export type PaybackBreakEvenProps = {
  breakEven: NonNullable<PaybackChartModel['breakEven']>;
  innerHeight: number;
};

/** Where the cumulative crosses zero: a dashed line through the plot and a dot on the zero line. */
export function PaybackBreakEven({
  breakEven,
  innerHeight,
}: PaybackBreakEvenProps) {
  return (
    <g data-testid="payback-break-even" data-x={breakEven.x.toFixed(1)}>
      <line
        x1={breakEven.x}
        x2={breakEven.x}
        y1={0}
        y2={innerHeight}
        stroke={CHART_COLORS.lineAlt}
        strokeDasharray="4 3"
      />
      <circle
        cx={breakEven.x}
        cy={breakEven.y}
        r={5}
        fill={CHART_COLORS.lineAlt}
      />
    </g>
  );
}
