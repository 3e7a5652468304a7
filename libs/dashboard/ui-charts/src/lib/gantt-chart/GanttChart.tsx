import { useMemo } from 'react';
import { CHART_COLORS } from '../shared/chart-colors';
import { RowLabel } from '../shared/ChartItem';
import type { LegendItem } from '../shared/ChartLegend';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import {
  ganttChartModel,
  type GanttMarkerModel,
  type GanttRow,
} from './gantt-chart.model';

export type GanttChartProps = {
  title: string;
  description: string;
  rows: readonly GanttRow[];
  /** ISO date of today's line. */
  today?: string | null;
  legend?: readonly LegendItem[];
  rowHeight?: number;
  /** Header of the row column in the hidden table, e.g. "Department". */
  rowHeader: string;
  testId?: string;
};

/** Marker colours: done and open gates green, blocked and overdue red. */
export const GANTT_MARKER_COLORS = {
  milestone: CHART_COLORS.text,
  good: CHART_COLORS.lineAlt,
  bad: '#b42318',
  open: CHART_COLORS.reference,
} as const;

function MarkerShape({ marker }: { marker: GanttMarkerModel }) {
  const { x, y, kind } = marker;
  switch (kind) {
    case 'milestone':
      return (
        <path
          d={`M${x},${y - 8} L${x + 8},${y} L${x},${y + 8} L${x - 8},${y} Z`}
          fill={GANTT_MARKER_COLORS.milestone}
          stroke="#fff"
          strokeWidth={1.5}
        />
      );
    case 'gate-open':
    case 'gate-blocked': {
      const color =
        kind === 'gate-open'
          ? GANTT_MARKER_COLORS.good
          : GANTT_MARKER_COLORS.bad;
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
    case 'task-done':
      return (
        <circle
          cx={x}
          cy={y}
          r={4.5}
          fill={GANTT_MARKER_COLORS.good}
          stroke="#fff"
          strokeWidth={1.5}
        />
      );
    case 'task-overdue':
      return (
        <circle
          cx={x}
          cy={y}
          r={5}
          fill={GANTT_MARKER_COLORS.bad}
          stroke="#fff"
          strokeWidth={1.5}
        />
      );
    default:
      return (
        <circle
          cx={x}
          cy={y}
          r={4.5}
          fill="#fff"
          stroke={GANTT_MARKER_COLORS.open}
          strokeWidth={1.5}
        />
      );
  }
}

/**
 * Rows of dated bars (phases) with markers (go-live, gates, tasks) and a
 * today line, drawn with a d3 UTC time scale. Hover or arrow keys read a
 * row's details; every bar and marker also carries an SVG <title>.
 */
export function GanttChart({
  title,
  description,
  rows,
  today,
  legend,
  rowHeight,
  rowHeader,
  testId,
}: GanttChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () => ganttChartModel({ rows, today, width, rowHeight }),
    [rows, today, width, rowHeight],
  );
  const activeItem = useActiveItem(model.rows.length);
  const activeRow =
    activeItem.active === null ? null : model.rows[activeItem.active.index];
  const { margin } = model;
  const tooltip: TooltipContent | null = activeRow && {
    title: activeRow.label,
    lines:
      activeRow.details.length > 0
        ? activeRow.details
        : activeRow.bars.map((bar) => ({
            label: bar.label,
            value: `${bar.start} – ${bar.end}`,
          })),
    anchor: {
      x: margin.left + (activeRow.bars[0]?.x ?? 0),
      y: margin.top + activeRow.y + 4,
    },
  };

  return (
    <PlotFrame
      title={title}
      description={description}
      containerRef={containerRef}
      plot={model}
      activeItem={activeItem}
      tooltip={tooltip}
      testId={testId}
      legend={legend}
      table={{
        headers: [rowHeader, 'Spans', 'Markers'],
        rows: model.rows.map((row) => [
          row.label,
          row.bars
            .map((bar) => `${bar.label} ${bar.start} – ${bar.end}`)
            .join('; '),
          row.markers
            .map((marker) => `${marker.label} ${marker.date}`)
            .join('; '),
        ]),
      }}
      axes={{ bottom: { ticks: model.ticks, grid: true } }}
      baseline="left"
    >
      {model.rows.map((row, index) => (
        <g
          key={row.key}
          className="gantt-row"
          data-key={row.key}
          onPointerEnter={() => activeItem.point(index)}
        >
          <rect
            className="chart-bar__band"
            x={-margin.left}
            y={row.y}
            width={model.width}
            height={row.bandHeight}
            opacity={activeRow?.key === row.key ? 1 : 0}
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
            <g
              key={marker.key}
              className="gantt-marker"
              data-kind={marker.kind}
            >
              <MarkerShape marker={marker} />
              <title>{`${marker.label} (${marker.date})`}</title>
            </g>
          ))}
        </g>
      ))}
      {model.todayX !== null ? (
        <g className="gantt-today" aria-hidden="true">
          <line
            x1={model.todayX}
            x2={model.todayX}
            y1={-4}
            y2={model.innerHeight}
            stroke={GANTT_MARKER_COLORS.bad}
            strokeWidth={1.5}
            strokeDasharray="5 3"
          />
          <text
            x={model.todayX + 4}
            y={4}
            className="chart-value"
            fill={GANTT_MARKER_COLORS.bad}
          >
            Today
          </text>
        </g>
      ) : null}
    </PlotFrame>
  );
}
