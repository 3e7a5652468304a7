import { CHART_COLORS } from '../shared/chart-colors';
import type { RadarChartModel } from './radar-chart.model';

export type RadarRingsProps = {
  rings: RadarChartModel['rings'];
};

/** The grid: a ring at each whole value, its value written beside it. */
export function RadarRings({ rings }: RadarRingsProps) {
  return rings.map((ring) => (
    <g key={ring.value}>
      <path d={ring.d} fill="none" stroke={CHART_COLORS.grid} />
      <text
        className="chart-tick"
        x={ring.labelX}
        y={ring.labelY}
        dx="0.25em"
        dy="-0.25em"
        fill={CHART_COLORS.textMuted}
      >
        {ring.value}
      </text>
    </g>
  ));
}
