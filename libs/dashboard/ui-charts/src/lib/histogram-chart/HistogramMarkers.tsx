import { CHART_COLORS } from '../shared/chart-colors';
import type { HistogramChartModel } from './histogram-chart.model';

export type HistogramMarkersProps = {
  markers: HistogramChartModel['markers'];
  innerHeight: number;
};

// Each label row is this far above the one below it.
const LEVEL_STEP = 14;

/** The percentiles as dashed lines from their label above the plot to its bottom. */
export function HistogramMarkers({
  markers,
  innerHeight,
}: HistogramMarkersProps) {
  return markers.map((m) => (
    <g key={m.label} data-testid={`marker-${m.label}`}>
      <line
        x1={m.x}
        x2={m.x}
        y1={-6 - m.level * LEVEL_STEP}
        y2={innerHeight}
        stroke={CHART_COLORS.line}
        strokeDasharray="4 3"
        strokeWidth={1.5}
      />
      <text
        className="chart-value"
        x={m.x}
        y={-10 - m.level * LEVEL_STEP}
        textAnchor="middle"
      >
        {m.label}
      </text>
    </g>
  ));
}
