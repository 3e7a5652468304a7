import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { fittingTicks } from '../shared/axis-ticks';
import { formatChartNumber } from '../shared/chart-format';
import type { ChartMargin, ChartTick } from '../shared/chart-types';

export type PaybackPoint = { month: number; cumulative: number };

export type PaybackChartModelInput = {
  points: readonly PaybackPoint[];
  /** Fractional month where the cumulative reaches 0; null when it does not. */
  paybackMonths: number | null;
  /** The shaded benchmark band, in months (14–22 for cloud ESM). */
  band: { low: number; high: number };
  width: number;
  height?: number;
  formatValue?: (value: number) => string;
};

export type PaybackChartModel = {
  width: number;
  height: number;
  margin: ChartMargin;
  innerWidth: number;
  innerHeight: number;
  /** SVG path of the cumulative line. */
  path: string;
  dots: {
    month: number;
    x: number;
    y: number;
    cumulative: number;
    label: string;
  }[];
  /** y of the zero line. */
  zeroY: number;
  /** The band, clipped to the horizon; null when it starts after it. */
  band: { x: number; width: number } | null;
  /** The break-even point on the zero line; null without payback. */
  breakEven: { x: number; y: number; label: string } | null;
  xTicks: ChartTick[];
  yTicks: ChartTick[];
};

const MARGIN: ChartMargin = { top: 16, right: 16, bottom: 36, left: 72 };

/** Scales and shapes of the payback curve (no DOM): cumulative cash flow by month. */
export function paybackChartModel({
  points,
  paybackMonths,
  band,
  width,
  height = 280,
  formatValue = formatChartNumber,
}: PaybackChartModelInput): PaybackChartModel {
  const innerWidth = Math.max(60, width - MARGIN.left - MARGIN.right);
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const horizon = Math.max(
    1,
    points.length > 0 ? points[points.length - 1].month : 1,
  );
  const [low = 0, high = 0] = extent(points, (p) => p.cumulative);
  const x = scaleLinear().domain([0, horizon]).range([0, innerWidth]);
  // Zero is always on the chart: it is the line the case must cross.
  const y = scaleLinear()
    .domain([Math.min(0, low), Math.max(0, high)])
    .nice()
    .range([innerHeight, 0]);
  const dots = points.map((p) => ({
    month: p.month,
    x: x(p.month),
    y: y(p.cumulative),
    cumulative: p.cumulative,
    label: formatValue(p.cumulative),
  }));
  const path = dots
    .map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x.toFixed(2)},${d.y.toFixed(2)}`)
    .join('');
  const bandStart = Math.min(band.low, horizon);
  const bandEnd = Math.min(band.high, horizon);
  return {
    width: innerWidth + MARGIN.left + MARGIN.right,
    height,
    margin: MARGIN,
    innerWidth,
    innerHeight,
    path,
    dots,
    zeroY: y(0),
    band:
      band.low < horizon
        ? { x: x(bandStart), width: x(bandEnd) - x(bandStart) }
        : null,
    breakEven:
      paybackMonths === null
        ? null
        : {
            x: x(paybackMonths),
            y: y(0),
            label: `break-even at ${paybackMonths.toFixed(1)} months`,
          },
    // Whole months only, as many as fit without touching (every 2 on a desktop, every 6 on a phone).
    xTicks: fittingTicks(x, Math.min(12, horizon), String, {
      accept: Number.isInteger,
    }),
    yTicks: y
      .ticks(5)
      .map((value) => ({ value, offset: y(value), label: formatValue(value) })),
  };
}
