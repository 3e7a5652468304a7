import { min } from 'd3-array';
import type { ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type {
  LineColumn,
  LineMarker,
  LinePathModel,
  LinePoint,
  LineSeries,
} from './line-chart.model';

/** Where the periods and values sit: x of each period, y of a value. */
export type LinePlacement = {
  points: readonly LinePoint[];
  xs: readonly number[];
  y: ScaleLinear<number, number>;
  yDomain: readonly [number, number];
};

/** A value outside the domain is drawn at its edge. */
export const clamp = (value: number, [lo, hi]: readonly [number, number]) =>
  Math.min(hi, Math.max(lo, value));

const isValue = (v: number | null | undefined): v is number =>
  v !== null && v !== undefined && Number.isFinite(v);

/** One path per series, with gaps where a value is null (line().defined). */
export function linePaths(
  series: readonly LineSeries[],
  { points, xs, y, yDomain }: LinePlacement,
): LinePathModel[] {
  return series.map((s): LinePathModel => {
    const path = line<number>()
      .defined((i) => isValue(points[i].values[s.key]))
      .x((i) => xs[i])
      .y((i) => y(clamp(points[i].values[s.key] as number, yDomain)));
    return {
      key: s.key,
      color: s.color,
      d: path(points.map((_, i) => i)) ?? '',
    };
  });
}

/**
 * One column per period: its markers, and a hover band from half-way to the
 * previous period to half-way to the next.
 */
export function lineColumns(
  series: readonly LineSeries[],
  { points, xs, y, yDomain }: LinePlacement,
  innerWidth: number,
): LineColumn[] {
  return points.map((p, i): LineColumn => {
    const left = i === 0 ? 0 : (xs[i - 1] + xs[i]) / 2;
    const right =
      i === points.length - 1 ? innerWidth : (xs[i] + xs[i + 1]) / 2;
    const markers = series.flatMap((s): LineMarker[] => {
      const v = p.values[s.key];
      if (!isValue(v)) return [];
      return [
        {
          seriesKey: s.key,
          color: s.color,
          shape: s.shape ?? 'circle',
          x: xs[i],
          y: y(clamp(v, yDomain)),
        },
      ];
    });
    return {
      key: p.key,
      label: p.label,
      x: xs[i],
      bandX: left,
      bandWidth: Math.max(0, right - left),
      markers,
      anchorY: min(markers, (m) => m.y) ?? 0,
    };
  });
}
