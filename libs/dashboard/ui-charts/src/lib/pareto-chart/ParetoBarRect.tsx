import { CHART_COLORS } from '../shared/chart-colors';
import { barRect } from '../shared/ChartItem';
import type { ParetoBar } from './pareto-chart.model';

export type ParetoBarRectProps = {
  bar: ParetoBar;
  active: boolean;
};

/** A category's bar: strong for the vital few, muted for the rest. */
export function ParetoBarRect({ bar, active }: ParetoBarRectProps) {
  return (
    <rect
      {...barRect(bar)}
      rx={2}
      fill={
        active
          ? CHART_COLORS.barActive
          : bar.vital
            ? CHART_COLORS.bar
            : CHART_COLORS.barMuted
      }
    />
  );
}
