import { max } from 'd3-array';
import type { ScaleTime } from 'd3-scale';
import type {
  ChartMargin,
  ChartTick,
  TooltipLine,
} from '../shared/chart-types';
import { calendarDay, dayAfter, ganttTimeScale } from './gantt-time-scale';

/** A span of a row, both dates inclusive (ISO YYYY-MM-DD). */
export type GanttBar = {
  key: string;
  label: string;
  start: string;
  end: string;
  color: string;
};

/** What a marker stands for: it decides its shape. */
export type GanttMarkerKind =
  | 'milestone'
  | 'gate-open'
  | 'gate-blocked'
  | 'task-done'
  | 'task-open'
  | 'task-overdue';

export type GanttMarker = {
  key: string;
  date: string;
  kind: GanttMarkerKind;
  /** Read out and shown on hover. */
  label: string;
};

export type GanttRow = {
  key: string;
  label: string;
  bars: readonly GanttBar[];
  markers?: readonly GanttMarker[];
  /** Drawn lighter with a dashed outline: dates the roadmap proposes, not a saved plan. */
  tentative?: boolean;
  /** Tooltip lines for the row. */
  details?: readonly TooltipLine[];
};

export type GanttBarModel = GanttBar & {
  x: number;
  width: number;
  y: number;
  height: number;
};
export type GanttMarkerModel = GanttMarker & { x: number; y: number };
export type GanttRowModel = {
  key: string;
  label: string;
  tentative: boolean;
  details: readonly TooltipLine[];
  y: number;
  centerY: number;
  bandHeight: number;
  bars: GanttBarModel[];
  markers: GanttMarkerModel[];
};

export type GanttChartModel = {
  width: number;
  height: number;
  margin: ChartMargin;
  innerWidth: number;
  innerHeight: number;
  rows: GanttRowModel[];
  ticks: ChartTick[];
  /** x of the today line; null when there is no today. */
  todayX: number | null;
};

/** Pixels between markers that share a day, so four tasks due together read as four. */
export const MARKER_SPACING = 10;

// Markers on the same day sit side by side, centred on the day.
function spreadMarkers(
  markers: readonly GanttMarker[],
): { marker: GanttMarker; offset: number }[] {
  const byDate = new Map<string, GanttMarker[]>();
  for (const marker of markers)
    byDate.set(marker.date, [...(byDate.get(marker.date) ?? []), marker]);
  return markers.map((marker) => {
    const group = byDate.get(marker.date)!;
    return {
      marker,
      offset: (group.indexOf(marker) - (group.length - 1) / 2) * MARKER_SPACING,
    };
  });
}
const CHAR_WIDTH = 7;

// One row's band, bars (from their first day to the end of their last) and
// markers (in the middle of their day, spread when they share it).
function rowModel(
  row: GanttRow,
  y: number,
  rowHeight: number,
  barHeight: number,
  x: ScaleTime<number, number>,
): GanttRowModel {
  const centerY = y + rowHeight / 2;
  return {
    key: row.key,
    label: row.label,
    tentative: row.tentative ?? false,
    details: row.details ?? [],
    y,
    centerY,
    bandHeight: rowHeight,
    bars: row.bars.map((bar) => {
      const left = x(calendarDay(bar.start));
      const right = x(dayAfter(bar.end));
      return {
        ...bar,
        x: left,
        width: Math.max(1, right - left),
        y: centerY - barHeight / 2,
        height: barHeight,
      };
    }),
    markers: spreadMarkers(row.markers ?? []).map(({ marker, offset }) => {
      const start = x(calendarDay(marker.date));
      const next = x(dayAfter(marker.date));
      return { ...marker, x: (start + next) / 2 + offset, y: centerY };
    }),
  };
}

/**
 * The geometry of a Gantt chart (no DOM): one row per item, bars from their
 * start to the end of their last day on a d3 UTC time scale, markers at the
 * middle of their day, a today line, and month or week ticks.
 */
export function ganttChartModel({
  rows,
  today,
  width,
  rowHeight = 34,
}: {
  rows: readonly GanttRow[];
  today?: string | null;
  width: number;
  rowHeight?: number;
}): GanttChartModel {
  const longest = max(rows, (row) => row.label.length) ?? 0;
  const margin: ChartMargin = {
    top: 8,
    right: 16,
    bottom: 28,
    left: Math.min(200, Math.max(72, longest * CHAR_WIDTH + 16)),
  };
  const innerWidth = Math.max(120, width - margin.left - margin.right);
  const innerHeight = Math.max(rowHeight, rows.length * rowHeight);
  const { x, ticks } = ganttTimeScale(
    [
      ...rows.flatMap((row) => [
        ...row.bars.flatMap((bar) => [bar.start, bar.end]),
        ...(row.markers ?? []).map((marker) => marker.date),
      ]),
      ...(today ? [today] : []),
    ],
    innerWidth,
  );
  const barHeight = Math.round(rowHeight * 0.56);
  return {
    width: innerWidth + margin.left + margin.right,
    height: innerHeight + margin.top + margin.bottom,
    margin,
    innerWidth,
    innerHeight,
    ticks,
    todayX: today
      ? x(calendarDay(today)) + (x(dayAfter(today)) - x(calendarDay(today))) / 2
      : null,
    rows: rows.map((row, index) =>
      rowModel(row, index * rowHeight, rowHeight, barHeight, x),
    ),
  };
}
