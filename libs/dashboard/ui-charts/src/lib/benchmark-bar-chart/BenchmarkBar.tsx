import { CHART_COLORS } from '../shared/chart-colors';
import { barRect } from '../shared/ChartItem';
import type { BenchmarkBarModel } from './benchmark-bar-chart.model';

export type BenchmarkBarProps = {
  bar: BenchmarkBarModel;
  active: boolean;
};

/** A row's rate as a bar (none without a value) and its benchmark as a marker across it. */
export function BenchmarkBar({ bar, active }: BenchmarkBarProps) {
  return (
    <>
      {bar.width > 0 ? (
        <rect
          {...barRect(bar)}
          rx={3}
          fill={active ? CHART_COLORS.barActive : CHART_COLORS.bar}
        />
      ) : null}
      <line
        className="chart-benchmark-marker"
        data-assumed={bar.assumed}
        x1={bar.targetX}
        x2={bar.targetX}
        y1={bar.y - 4}
        y2={bar.y + bar.height + 4}
        stroke={bar.assumed ? CHART_COLORS.textMuted : CHART_COLORS.text}
        strokeWidth={2.5}
        strokeDasharray={bar.assumed ? '4 3' : undefined}
      />
    </>
  );
}
