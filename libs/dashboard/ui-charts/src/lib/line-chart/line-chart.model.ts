import { max, min } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { utcMonday, utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { formatPercentTick } from '../shared/chart-format';
import type {
  ChartMargin,
  ChartTick,
  TooltipLine,
} from '../shared/chart-types';
import { plotBox, type PlotBox } from '../shared/plot-layout';
import { estimateTextWidth, truncateText } from '../shared/text-layout';

/** One line of the chart, e.g. the deflection rate. */
export type LineSeries = {
  key: string;
  label: string;
  /** A hex colour for the line and its points. */
  color: string;
  /** The point marker, so series differ by more than colour. */
  shape?: 'circle' | 'square' | 'diamond';
};

/** One period (a position on the x axis) with a value per series. */
export type LinePoint = {
  key: string;
  /** First day of the period, `YYYY-MM-DD` (a calendar day, read as UTC). */
  date: string;
  /** The period as words, e.g. "Week of 2 Mar 2026". */
  label: string;
  /** Values per series key; null leaves a gap in the line. */
  values: Readonly<Record<string, number | null>>;
  /** More of the period's numbers for the tooltip, e.g. "Requests: 262". */
  details?: readonly TooltipLine[];
};

/** A dashed horizontal line at `value`, e.g. a benchmark, with its label. */
export type LineReference = { key: string; value: number; label: string };

/** A shaded horizontal band between two values, e.g. a stability floor. */
export type LineBand = { from: number; to: number; label: string };

export type LineChartModelInput = {
  points: readonly LinePoint[];
  series: readonly LineSeries[];
  width: number;
  /** Weekly points get week ticks (Mondays), monthly points month ticks. */
  grain: 'week' | 'month';
  /** Height of the plot area, without the axes. */
  plotHeight?: number;
  /** The y domain; rates use [0, 1]. */
  yDomain?: readonly [number, number];
  formatTick?: (value: number) => string;
  references?: readonly LineReference[];
  band?: LineBand | null;
};

export type LinePathModel = { key: string; color: string; d: string };

export type LineMarker = {
  seriesKey: string;
  color: string;
  shape: NonNullable<LineSeries['shape']>;
  x: number;
  y: number;
};

export type LineColumn = {
  key: string;
  label: string;
  x: number;
  /** Hover target: from half-way to the previous period to half-way to the next. */
  bandX: number;
  bandWidth: number;
  markers: LineMarker[];
  /** Top of the highest marker, where the tooltip points; the plot top without data. */
  anchorY: number;
};

export type LineChartModel = PlotBox & {
  paths: LinePathModel[];
  columns: LineColumn[];
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  references: Array<LineReference & { y: number; displayLabel: string }>;
  band: (LineBand & { y: number; height: number; labelY: number }) | null;
};

const FONT_SIZE = 12;
const MIN_TICK_GAP = 64;

// A plain ISO date is a calendar day: read it as midnight UTC.
function utcDay(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

const clamp = (value: number, [lo, hi]: readonly [number, number]) =>
  Math.min(hi, Math.max(lo, value));

/** Ticks on Mondays or first days of the month, as many as fit. */
function timeTicks(
  start: Date,
  end: Date,
  grain: 'week' | 'month',
  innerWidth: number,
): Date[] {
  const interval = grain === 'week' ? utcMonday : utcMonth;
  const all = interval.range(start, new Date(end.getTime() + 1));
  const fit = Math.max(1, Math.floor(innerWidth / MIN_TICK_GAP));
  const step = Math.max(1, Math.ceil(all.length / fit));
  return all.filter((_, index) => index % step === 0);
}

/**
 * Lines over dates (no DOM): d3.scaleUtc for the periods, a linear y scale
 * (0–100 % for rates), one path per series with gaps where a value is null
 * (line().defined), optional dashed reference lines and a shaded band.
 */
export function lineChartModel({
  points,
  series,
  width,
  grain,
  plotHeight = 240,
  yDomain = [0, 1],
  formatTick = formatPercentTick,
  references = [],
  band = null,
}: LineChartModelInput): LineChartModel {
  const yLabelWidth =
    max([yDomain[0], yDomain[1]], (v) => estimateTextWidth(formatTick(v))) ?? 0;
  const format = utcFormat(grain === 'week' ? '%-d %b' : '%b %Y');
  // The last tick's label is centred on the plot's right edge: leave room for its half.
  const lastLabel = points.length
    ? format(utcDay(points[points.length - 1].date))
    : '';
  const margin: ChartMargin = {
    top: 12,
    right: Math.max(16, Math.ceil(estimateTextWidth(lastLabel) / 2) + 4),
    bottom: 28,
    left: Math.max(40, yLabelWidth + 14),
  };
  const innerWidth = Math.max(80, width - margin.left - margin.right);
  const innerHeight = plotHeight;

  const dates = points.map((p) => utcDay(p.date));
  const start = min(dates) ?? new Date(0);
  const end = max(dates) ?? start;
  // One point alone sits in the middle of the plot.
  const single = start.getTime() === end.getTime();
  const x = scaleUtc()
    .domain(
      single
        ? [new Date(start.getTime() - 864e5), new Date(end.getTime() + 864e5)]
        : [start, end],
    )
    .range([0, innerWidth]);
  const y = scaleLinear().domain(yDomain).range([innerHeight, 0]);
  const xs = dates.map((d) => x(d));

  const paths = series.map((s): LinePathModel => {
    const path = line<number>()
      .defined((i) => {
        const v = points[i].values[s.key];
        return v !== null && v !== undefined && Number.isFinite(v);
      })
      .x((i) => xs[i])
      .y((i) => y(clamp(points[i].values[s.key] as number, yDomain)));
    return {
      key: s.key,
      color: s.color,
      d: path(points.map((_, i) => i)) ?? '',
    };
  });

  const columns = points.map((p, i): LineColumn => {
    const left = i === 0 ? 0 : (xs[i - 1] + xs[i]) / 2;
    const right =
      i === points.length - 1 ? innerWidth : (xs[i] + xs[i + 1]) / 2;
    const markers = series.flatMap((s): LineMarker[] => {
      const v = p.values[s.key];
      if (v === null || v === undefined || !Number.isFinite(v)) return [];
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

  const xTicks = points.length
    ? timeTicks(start, end, grain, innerWidth).map((d) => ({
        value: d.getTime(),
        offset: x(d),
        label: format(d),
      }))
    : [];
  const yTicks = y.ticks(5).map((value) => ({
    value,
    offset: y(value),
    label: formatTick(value),
  }));

  const bandModel = band && {
    ...band,
    y: y(clamp(band.to, yDomain)),
    height: y(clamp(band.from, yDomain)) - y(clamp(band.to, yDomain)),
    // Labelled just above its lower edge: the floor is what the band is about.
    labelY: y(clamp(band.from, yDomain)) - 6,
  };

  return {
    ...plotBox(width, margin, innerWidth, innerHeight),
    paths,
    columns,
    xTicks,
    yTicks,
    references: references.map((r) => ({
      ...r,
      y: y(clamp(r.value, yDomain)),
      displayLabel: truncateText(r.label, innerWidth - 8, FONT_SIZE),
    })),
    band: bandModel,
  };
}
