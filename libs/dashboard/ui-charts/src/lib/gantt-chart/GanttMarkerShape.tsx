import { GANTT_MARKER_COLORS } from './gantt-marker-colors';
import type { GanttMarkerKind, GanttMarkerModel } from './gantt-chart.model';

export type GanttMarkerShapeProps = {
  marker: GanttMarkerModel;
};

// A task is a dot: filled green when done, larger and red when overdue,
// hollow while open.
const TASK_DOTS: Partial<
  Record<GanttMarkerKind, { r: number; fill: string; stroke: string }>
> = {
  'task-done': { r: 4.5, fill: GANTT_MARKER_COLORS.good, stroke: '#fff' },
  'task-overdue': { r: 5, fill: GANTT_MARKER_COLORS.bad, stroke: '#fff' },
};
const OPEN_TASK_DOT = {
  r: 4.5,
  fill: '#fff',
  stroke: GANTT_MARKER_COLORS.open,
};

/** A marker's shape by what it stands for: a diamond, a flag, or a dot. */
export function GanttMarkerShape({ marker }: GanttMarkerShapeProps) {
  const { x, y, kind } = marker;
  if (kind === 'milestone') {
    return (
      <path
        d={`M${x},${y - 8} L${x + 8},${y} L${x},${y + 8} L${x - 8},${y} Z`}
        fill={GANTT_MARKER_COLORS.milestone}
        stroke="#fff"
        strokeWidth={1.5}
      />
    );
  }
  if (kind === 'gate-open' || kind === 'gate-blocked') {
    const color =
      kind === 'gate-open' ? GANTT_MARKER_COLORS.good : GANTT_MARKER_COLORS.bad;
    return (
      <g>
        <line
          x1={x}
          x2={x}
          y1={y - 13}
          y2={y + 11}
          stroke={color}
          strokeWidth={2}
        />
        <path
          d={`M${x},${y - 13} L${x + 10},${y - 9} L${x},${y - 5} Z`}
          fill={color}
        />
      </g>
    );
  }
  const dot = TASK_DOTS[kind] ?? OPEN_TASK_DOT;
  return (
    <circle
      cx={x}
      cy={y}
      r={dot.r}
      fill={dot.fill}
      stroke={dot.stroke}
      strokeWidth={1.5}
    />
  );
}
