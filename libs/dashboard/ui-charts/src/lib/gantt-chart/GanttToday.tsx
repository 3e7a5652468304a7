import { GANTT_MARKER_COLORS } from './gantt-marker-colors';

export type GanttTodayProps = {
  x: number;
  innerHeight: number;
};

/** Today as a dashed red line through the rows, labelled at the top. */
export function GanttToday({ x, innerHeight }: GanttTodayProps) {
  return (
    <g className="gantt-today" aria-hidden="true">
      <line
        x1={x}
        x2={x}
        y1={-4}
        y2={innerHeight}
        stroke={GANTT_MARKER_COLORS.bad}
        strokeWidth={1.5}
        strokeDasharray="5 3"
      />
      <text
        x={x + 4}
        y={4}
        className="chart-value"
        fill={GANTT_MARKER_COLORS.bad}
      >
        Today
      </text>
    </g>
  );
}
