import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatChartNumber } from '../shared/chart-format';
import type { ChartMargin, ChartTick } from '../shared/chart-types';

/** One month of a case measured against what happened (month 0 = the programme start). */
export type RealisationPoint = {
  month: number;
  plannedBenefit: number;
  /** Null for a month not complete. */
  realisedBenefit: number | null;
  /** The case's own cumulative net cash flow. */
  plannedCumulative: number;
  /** The re-forecast cumulative: actuals for complete months, the plan × ratio after. */
  forecastCumulative: number;
};

export type RealisationChartModelInput = {
  points: readonly RealisationPoint[];
  plannedPaybackMonths: number | null;
  forecastPaybackMonths: number | null;
  /** Months 1..completeMonths hold actuals. */
  completeMonths: number;
  width: number;
  height?: number;
  /** Values in the tooltip and table. */
  formatValue?: (value: number) => string;
  /** Axis ticks (short: "£1.2M"). */
  formatTick?: (value: number) => string;
};

export type RealisationBar = {
  month: number;
  x: number;
  width: number;
  y: number;
  height: number;
};
export type PaybackMark = {
  key: 'planned' | 'forecast';
  month: number;
  x: number;
  /** The sentence for the legend and the table: "planned payback 7.9 months". */
  label: string;
  /** The short text by the mark: "plan 7.9". */
  shortLabel: string;
  /** Which side of its line the short text goes, so the two labels part. */
  anchor: 'start' | 'end';
};

export type RealisationChartModel = {
  width: number;
  height: number;
  margin: ChartMargin;
  innerWidth: number;
  /** The monthly panel (bars) spans y 0..barsHeight. */
  barsHeight: number;
  /** The cumulative panel spans y linesTop..linesTop + linesHeight. */
  linesTop: number;
  linesHeight: number;
  plannedBars: RealisationBar[];
  realisedBars: RealisationBar[];
  plannedPath: string;
  forecastPath: string;
  /** y of the zero line in the cumulative panel. */
  zeroY: number;
  /** x where the complete months end (the actuals stop); null when none is complete. */
  measuredUntilX: number | null;
  paybackMarks: PaybackMark[];
  xTicks: ChartTick[];
  barTicks: ChartTick[];
  lineTicks: ChartTick[];
  /** One hover and keyboard target per month, with its figures in words. */
  months: {
    month: number;
    x: number;
    from: number;
    to: number;
    plannedBenefit: string;
    realisedBenefit: string;
    plannedCumulative: string;
    forecastCumulative: string;
    forecastY: number;
  }[];
};

const MARGIN: ChartMargin = { top: 20, right: 16, bottom: 36, left: 64 };
const PANEL_GAP = 28;

function monthTicks(
  horizon: number,
  x: (value: number) => number,
  width: number,
): ChartTick[] {
  // About one label per 48 px, on whole months.
  const step = Math.max(
    1,
    Math.ceil(horizon / Math.max(2, Math.floor(width / 48))),
  );
  const nice =
    [1, 2, 3, 4, 6, 12, 24].find((candidate) => candidate >= step) ?? step;
  const ticks: ChartTick[] = [];
  for (let month = 0; month <= horizon; month += nice)
    ticks.push({ value: month, offset: x(month), label: String(month) });
  return ticks;
}

/**
 * Planned against realised benefit per month (bars, top panel) and the
 * planned and forecast cumulative cash flow (lines, bottom panel), sharing
 * the month axis: month m's bars fill the span from m − 1 to m, the
 * cumulative at the end of month m sits at m, so a payback of 7.9 months is
 * drawn at 7.9 on both.
 */
export function realisationChartModel({
  points,
  plannedPaybackMonths,
  forecastPaybackMonths,
  completeMonths,
  width,
  height = 420,
  formatValue = formatChartNumber,
  formatTick = formatChartNumber,
}: RealisationChartModelInput): RealisationChartModel {
  const innerWidth = Math.max(120, width - MARGIN.left - MARGIN.right);
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const barsHeight = Math.round((innerHeight - PANEL_GAP) * 0.42);
  const linesTop = barsHeight + PANEL_GAP;
  const linesHeight = innerHeight - linesTop;
  const horizon = Math.max(1, max(points, (p) => p.month) ?? 1);
  const x = scaleLinear().domain([0, horizon]).range([0, innerWidth]);
  const monthWidth = innerWidth / horizon;

  const topValue =
    max(points, (p) => Math.max(p.plannedBenefit, p.realisedBenefit ?? 0)) ?? 0;
  const yBars = scaleLinear()
    .domain([0, topValue > 0 ? topValue : 1])
    .nice(4)
    .range([barsHeight, 0]);
  const low =
    min(points, (p) => Math.min(p.plannedCumulative, p.forecastCumulative)) ??
    0;
  const high =
    max(points, (p) => Math.max(p.plannedCumulative, p.forecastCumulative)) ??
    0;
  // Zero is always in the panel: it is the line the cumulative must cross.
  const yLines = scaleLinear()
    .domain([Math.min(0, low), Math.max(0, high, low === high ? 1 : 0)])
    .nice(5)
    .range([linesTop + linesHeight, linesTop]);

  // Two bars side by side in the middle 80 % of the month's span.
  const barWidth = Math.max(1, monthWidth * 0.4);
  const bar = (
    month: number,
    value: number,
    offset: 0 | 1,
  ): RealisationBar => ({
    month,
    x: x(month - 1) + monthWidth * 0.1 + offset * barWidth,
    width: barWidth,
    y: yBars(value),
    height: barsHeight - yBars(value),
  });
  const operating = points.filter((p) => p.month >= 1);
  const path = (key: 'plannedCumulative' | 'forecastCumulative') =>
    points
      .map(
        (p, i) =>
          `${i === 0 ? 'M' : 'L'}${x(p.month).toFixed(2)},${yLines(p[key]).toFixed(2)}`,
      )
      .join('');
  // The later mark's text goes right of its line, the earlier one's left.
  const plannedFirst =
    (plannedPaybackMonths ?? 0) <= (forecastPaybackMonths ?? Infinity);
  const mark = (
    key: PaybackMark['key'],
    month: number | null,
    label: string,
    short: string,
    first: boolean,
  ): PaybackMark[] =>
    month === null
      ? []
      : [
          {
            key,
            month,
            x: x(month),
            label: `${label} ${month.toFixed(1)} months`,
            shortLabel: `${short} ${month.toFixed(1)}`,
            anchor: first ? 'end' : 'start',
          },
        ];

  return {
    width: innerWidth + MARGIN.left + MARGIN.right,
    height,
    margin: MARGIN,
    innerWidth,
    barsHeight,
    linesTop,
    linesHeight,
    plannedBars: operating.map((p) => bar(p.month, p.plannedBenefit, 0)),
    realisedBars: operating.flatMap((p) =>
      p.realisedBenefit === null ? [] : [bar(p.month, p.realisedBenefit, 1)],
    ),
    plannedPath: path('plannedCumulative'),
    forecastPath: path('forecastCumulative'),
    zeroY: yLines(0),
    measuredUntilX:
      completeMonths > 0 ? x(Math.min(completeMonths, horizon)) : null,
    paybackMarks: [
      ...mark(
        'planned',
        plannedPaybackMonths,
        'planned payback',
        'plan',
        plannedFirst,
      ),
      ...mark(
        'forecast',
        forecastPaybackMonths,
        'forecast payback',
        'forecast',
        !plannedFirst,
      ),
    ],
    xTicks: monthTicks(horizon, x, innerWidth),
    barTicks: yBars.ticks(3).map((value) => ({
      value,
      offset: yBars(value),
      label: formatTick(value),
    })),
    lineTicks: yLines.ticks(4).map((value) => ({
      value,
      offset: yLines(value),
      label: formatTick(value),
    })),
    months: points.map((p) => ({
      month: p.month,
      x: x(p.month),
      // Month m's target spans its bars (m − 1 to m); month 0, a point, the half-month before the axis.
      from: p.month === 0 ? -monthWidth / 2 : x(p.month - 1),
      to: p.month === 0 ? 0 : x(p.month),
      plannedBenefit: formatValue(p.plannedBenefit),
      realisedBenefit:
        p.realisedBenefit === null
          ? 'not complete yet'
          : formatValue(p.realisedBenefit),
      plannedCumulative: formatValue(p.plannedCumulative),
      forecastCumulative: formatValue(p.forecastCumulative),
      forecastY: yLines(p.forecastCumulative),
    })),
  };
}
