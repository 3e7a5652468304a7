import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatPercentTick } from '../shared/chart-format';
import type {
  ChartMargin,
  ChartTick,
  TooltipLine,
} from '../shared/chart-types';
import { plotBox, type PlotBox } from '../shared/plot-layout';
import { estimateTextWidth, truncateText } from '../shared/text-layout';
import { clamp, lineColumns, linePaths } from './line-marks';
import {
  periodScale,
  periodStart,
  periodTickFormat,
  periodTicks,
} from './line-time-scale';

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

// Room for the value labels on the left, and on the right for half the last
// date label, which is centred on the plot's right edge.
function lineMargin(
  points: readonly LinePoint[],
  grain: 'week' | 'month',
  yDomain: readonly [number, number],
  formatTick: (value: number) => string,
): ChartMargin {
  const yLabelWidth =
    max([yDomain[0], yDomain[1]], (v) => estimateTextWidth(formatTick(v))) ?? 0;
  const lastLabel = points.length
    ? periodTickFormat(grain)(periodStart(points[points.length - 1].date))
    : '';
  return {
    top: 12,
    right: Math.max(16, Math.ceil(estimateTextWidth(lastLabel) / 2) + 4),
    bottom: 28,
    left: Math.max(40, yLabelWidth + 14),
  };
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
  const margin = lineMargin(points, grain, yDomain, formatTick);
  const innerWidth = Math.max(80, width - margin.left - margin.right);
  const innerHeight = plotHeight;

  const dates = points.map((p) => periodStart(p.date));
  const start = min(dates) ?? new Date(0);
  const end = max(dates) ?? start;
  const x = periodScale(start, end, innerWidth);
  const y = scaleLinear().domain(yDomain).range([innerHeight, 0]);
  const placement = { points, xs: dates.map((d) => x(d)), y, yDomain };
  const yAt = (value: number) => y(clamp(value, yDomain));

  return {
    ...plotBox(width, margin, innerWidth, innerHeight),
    paths: linePaths(series, placement),
    columns: lineColumns(series, placement, innerWidth),
    xTicks: points.length ? periodTicks(x, start, end, grain, innerWidth) : [],
    yTicks: y.ticks(5).map((value) => ({
      value,
      offset: y(value),
      label: formatTick(value),
    })),
    references: references.map((r) => ({
      ...r,
      y: yAt(r.value),
      displayLabel: truncateText(r.label, innerWidth - 8, FONT_SIZE),
    })),
    band: band && {
      ...band,
      y: yAt(band.to),
      height: yAt(band.from) - yAt(band.to),
      // Labelled just above its lower edge: the floor is what the band is about.
      labelY: yAt(band.from) - 6,
    },
  };
}
