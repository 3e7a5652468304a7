import { curveLinearClosed, line, range, scaleLinear } from 'd3';
import { estimateTextWidth, truncateText } from '../shared/text-layout';

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
  rings: { value: number; d: string; labelY: number }[];
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
const MIN_RADIUS = 40;

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
  const longest = Math.max(
    0,
    ...axes.map((axis) => estimateTextWidth(axis.label)),
  );
  const labelRoom = Math.min(longest, width * 0.22) + LABEL_GAP;
  const radius = Math.max(
    MIN_RADIUS,
    Math.min((width - 2 * labelRoom) / 2, (maxHeight - 2 * LABEL_SPACE) / 2),
  );
  const height = Math.round(2 * radius + 2 * LABEL_SPACE);
  const cx = width / 2;
  const cy = height / 2;
  const r = scaleLinear().domain([0, maxValue]).range([0, radius]);
  const angle = (index: number) =>
    (2 * Math.PI * index) / Math.max(1, axes.length) - Math.PI / 2;
  const at = (index: number, value: number) => ({
    x: cx + r(value) * Math.cos(angle(index)),
    y: cy + r(value) * Math.sin(angle(index)),
  });
  const closed = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(curveLinearClosed);

  const rings = range(1, Math.floor(maxValue) + 1).map((value) => ({
    value,
    d: closed(axes.map((_, index) => at(index, value))) ?? '',
    labelY: cy - r(value),
  }));
  const spokes = axes.map((axis, index) => {
    const rim = at(index, maxValue);
    const cos = Math.cos(angle(index));
    const sin = Math.sin(angle(index));
    const anchor: RadarSpoke['anchor'] =
      Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    return {
      key: axis.key,
      label: axis.label,
      // Top and bottom labels are centred and may use half the width.
      displayLabel: truncateText(
        axis.label,
        anchor === 'middle' ? width / 2 : labelRoom - LABEL_GAP,
      ),
      x: rim.x,
      y: rim.y,
      labelX: rim.x + cos * LABEL_GAP,
      labelY: rim.y + sin * LABEL_GAP + (sin > 0.2 ? 10 : sin < -0.2 ? -4 : 4),
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
