import { RowLabel } from '../shared/ChartItem';
import { GanttMarkerShape } from './GanttMarkerShape';
import type { GanttRowModel } from './gantt-chart.model';

export type GanttRowMarksProps = {
  row: GanttRowModel;
  active: boolean;
  /** The highlight band spans the whole SVG: from -margin.left, this wide. */
  marginLeft: number;
  width: number;
  onPointerEnter: () => void;
};

/**
 * A row: its highlight band, its name, its dated bars (lighter and dashed
 * when tentative) and its markers, each with an SVG <title>.
 */
export function GanttRowMarks({
  row,
  active,
  marginLeft,
  width,
  onPointerEnter,
}: GanttRowMarksProps) {
  return (
    <g className="gantt-row" data-key={row.key} onPointerEnter={onPointerEnter}>
      <rect
        className="chart-bar__band"
        x={-marginLeft}
        y={row.y}
        width={width}
        height={row.bandHeight}
        opacity={active ? 1 : 0}
      />
      <RowLabel y={row.centerY} text={row.label} />
      {row.bars.map((bar) => (
        <rect
          key={bar.key}
          className="gantt-bar"
          data-phase={bar.key}
          x={bar.x}
          y={bar.y}
          width={bar.width}
          height={bar.height}
          rx={2}
          fill={bar.color}
          fillOpacity={row.tentative ? 0.4 : 1}
          stroke={row.tentative ? bar.color : 'none'}
          strokeDasharray={row.tentative ? '4 3' : undefined}
        >
          <title>{`${row.label} · ${bar.label}: ${bar.start} – ${bar.end}`}</title>
        </rect>
      ))}
      {row.markers.map((marker) => (
        <g key={marker.key} className="gantt-marker" data-kind={marker.kind}>
          <GanttMarkerShape marker={marker} />
          <title>{`${marker.label} (${marker.date})`}</title>
        </g>
      ))}
    </g>
  );
}
