import { range } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { curveLinearClosed, line } from 'd3-shape';
import {
  estimateTextWidth,
  truncateText,
  wrapText,
} from '../shared/text-layout';

/** One spoke of the radar, e.g. a maturity dimension. */
export type RadarAxis = { key: string; label: string };

/** One polygon, e.g. the latest assessment; a null value sits at the centre and is marked missing. */
export type RadarSeries = {
  key: string;
  label: string;
  color: string;
  values: Readonly<Record<string, number | null>>;
  /** Dashed outline without fill, for an earlier state overlaid. */
  dashed?: boolean;
};

export type RadarChartModelInput = {
  axes: readonly RadarAxis[];
  series: readonly RadarSeries[];
  width: number;
  /** The value at the rim; rings are drawn at each whole step from 1. */
  maxValue: number;
  /** Height cap so the radar stays readable in a wide card. */
  maxHeight?: number;
};

export type RadarPoint = {
  axisKey: string;
  x: number;
  y: number;
  value: number | null;
};

export type RadarSpoke = {
  key: string;
  label: string;
  displayLabel: string;
  /** The label as drawn: one line, or two when the side has no room for one (never cut mid-word when two lines fit). */
  lines: string[];
  /** End of the spoke at the rim. */
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
};

export type RadarChartModel = {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  /** Each ring's value is written between the first two spokes, clear of every spoke and label. */
  rings: { value: number; d: string; labelX: number; labelY: number }[];
  spokes: RadarSpoke[];
  polygons: {
    key: string;
    color: string;
    dashed: boolean;
    d: string;
    points: RadarPoint[];
  }[];
};

const LABEL_GAP = 10;
const LABEL_SPACE = 28;
const LINE_HEIGHT = 14;
const MIN_RADIUS = 40;

// The narrowest width in which a label fits on at most two lines.
function twoLineWidth(label: string): number {
  let width = Math.max(
    ...label.split(/\s+/).map((word) => estimateTextWidth(word)),
  );
  while (!wrapText(label, width, 2)) width += 6;
  return width;
}

/** Side labels' room: the longest label on one line when it takes at most 28 % of the width, else on two lines (at most 30 %). */
function sideLabelRoom(labels: readonly string[], width: number): number {
  const oneLine = Math.max(
    0,
    ...labels.map((label) => estimateTextWidth(label)),
  );
  if (oneLine <= width * 0.28) return oneLine;
  return Math.min(Math.max(0, ...labels.map(twoLineWidth)), width * 0.3);
}

function labelLines(label: string, room: number): string[] {
  if (estimateTextWidth(label) <= room) return [label];
  return wrapText(label, room, 2) ?? [truncateText(label, room)];
}

/**
 * Geometry of a radar (spider) chart: axes clockwise from the top, rings at
 * every whole value 1..maxValue, one closed polygon per series (no DOM).
 */
export function radarChartModel({
  axes,
  series,
  width,
  maxValue,
  maxHeight = 360,
}: RadarChartModelInput): RadarChartModel {
  const labelRoom =
    sideLabelRoom(
      axes.map((axis) => axis.label),
      width,
    ) + LABEL_GAP;
  const angleOf = (index: number) =>
    (2 * Math.PI * index) / Math.max(1, axes.length) - Math.PI / 2;
  // Top and bottom labels are centred and may use half the width; the others their side's room.
  const linesOf = axes.map((axis, index) =>
    labelLines(
      axis.label,
      Math.abs(Math.cos(angleOf(index))) < 0.2
        ? width / 2
        : labelRoom - LABEL_GAP,
    ),
  );
  const labelSpace =
    LABEL_SPACE +
    (Math.max(1, ...linesOf.map((lines) => lines.length)) - 1) * LINE_HEIGHT;
  const radius = Math.max(
    MIN_RADIUS,
    Math.min((width - 2 * labelRoom) / 2, (maxHeight - 2 * labelSpace) / 2),
  );
  const height = Math.round(2 * radius + 2 * labelSpace);
  const cx = width / 2;
  const cy = height / 2;
  const r = scaleLinear().domain([0, maxValue]).range([0, radius]);
  const angle = angleOf;
  const at = (index: number, value: number) => ({
    x: cx + r(value) * Math.cos(angle(index)),
    y: cy + r(value) * Math.sin(angle(index)),
  });
  const closed = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(curveLinearClosed);

  // Half way between the first two spokes no spoke, polygon corner or label is drawn.
  const between = angle(0) + Math.PI / Math.max(1, axes.length);
  const rings = range(1, Math.floor(maxValue) + 1).map((value) => ({
    value,
    d: closed(axes.map((_, index) => at(index, value))) ?? '',
    labelX: cx + r(value) * Math.cos(between),
    labelY: cy + r(value) * Math.sin(between),
  }));
  const spokes = axes.map((axis, index) => {
    const rim = at(index, maxValue);
    const cos = Math.cos(angle(index));
    const sin = Math.sin(angle(index));
    const anchor: RadarSpoke['anchor'] =
      Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const lines = linesOf[index];
    // Labels above the centre grow upwards, below it downwards, at the sides around the spoke's end.
    const extra = (lines.length - 1) * LINE_HEIGHT;
    const shift = sin > 0.2 ? 10 : sin < -0.2 ? -4 - extra : 4 - extra / 2;
    return {
      key: axis.key,
      label: axis.label,
      displayLabel: lines.join(' '),
      lines,
      x: rim.x,
      y: rim.y,
      labelX: rim.x + cos * LABEL_GAP,
      labelY: rim.y + sin * LABEL_GAP + shift,
      anchor,
    };
  });
  const polygons = series.map((s) => {
    const points = axes.map((axis, index) => {
      const value = s.values[axis.key] ?? null;
      return {
        axisKey: axis.key,
        value,
        ...at(
          index,
          value === null ? 0 : Math.max(0, Math.min(maxValue, value)),
        ),
      };
    });
    return {
      key: s.key,
      color: s.color,
      dashed: Boolean(s.dashed),
      d: closed(points) ?? '',
      points,
    };
  });
  return { width, height, cx, cy, radius, rings, spokes, polygons };
}
