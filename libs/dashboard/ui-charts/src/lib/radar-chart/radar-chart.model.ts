import { range } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { curveLinearClosed, line } from 'd3-shape';
import {
  LABEL_GAP,
  LINE_HEIGHT,
  radarLayout,
  spokeAngle,
} from './radar-layout';

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

type Point = { x: number; y: number };

// Where values sit: `at(index, value)` is on spoke `index`, `value` from the centre.
type RadarGeometry = {
  cx: number;
  cy: number;
  angle: (index: number) => number;
  at: (index: number, value: number) => Point;
};

const closed = line<Point>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveLinearClosed);

function spoke(
  axis: RadarAxis,
  lines: string[],
  rim: Point,
  angle: number,
): RadarSpoke {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor: RadarSpoke['anchor'] =
    Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
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
}

function polygon(
  s: RadarSeries,
  axes: readonly RadarAxis[],
  { at }: RadarGeometry,
  maxValue: number,
): RadarChartModel['polygons'][number] {
  const points = axes.map((axis, index) => {
    const value = s.values[axis.key] ?? null;
    return {
      axisKey: axis.key,
      value,
      ...at(index, value === null ? 0 : Math.max(0, Math.min(maxValue, value))),
    };
  });
  return {
    key: s.key,
    color: s.color,
    dashed: Boolean(s.dashed),
    d: closed(points) ?? '',
    points,
  };
}

function rings(
  count: number,
  { cx, cy, angle, at }: RadarGeometry,
  radiusOf: (value: number) => number,
  maxValue: number,
): RadarChartModel['rings'] {
  // Half way between the first two spokes no spoke, polygon corner or label is drawn.
  const between = angle(0) + Math.PI / Math.max(1, count);
  return range(1, Math.floor(maxValue) + 1).map((value) => ({
    value,
    d: closed(range(count).map((index) => at(index, value))) ?? '',
    labelX: cx + radiusOf(value) * Math.cos(between),
    labelY: cy + radiusOf(value) * Math.sin(between),
  }));
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
  const { lines, radius, height } = radarLayout(
    axes.map((axis) => axis.label),
    width,
    maxHeight,
  );
  const cx = width / 2;
  const cy = height / 2;
  const r = scaleLinear().domain([0, maxValue]).range([0, radius]);
  const angle = (index: number) => spokeAngle(index, axes.length);
  const at = (index: number, value: number) => ({
    x: cx + r(value) * Math.cos(angle(index)),
    y: cy + r(value) * Math.sin(angle(index)),
  });
  const geometry: RadarGeometry = { cx, cy, angle, at };
  return {
    width,
    height,
    cx,
    cy,
    radius,
    rings: rings(axes.length, geometry, r, maxValue),
    spokes: axes.map((axis, index) =>
      spoke(axis, lines[index], at(index, maxValue), angle(index)),
    ),
    polygons: series.map((s) => polygon(s, axes, geometry, maxValue)),
  };
}
