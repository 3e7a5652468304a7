import { formatChartNumber } from '../shared/chart-format';
import type { ChartMargin, ChartTick } from '../shared/chart-types';
import { monthTicks } from './month-ticks';
import { paybackMarks } from './payback-marks';
import {
  REALISATION_MARGIN,
  realisationLayout,
  type RealisationLayout,
} from './realisation-layout';

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

type Month = RealisationChartModel['months'][number];

// Two bars side by side in the middle 80 % of the month's span.
function benefitBars(
  points: readonly RealisationPoint[],
  { x, yBars, monthWidth, barsHeight }: RealisationLayout,
): Pick<RealisationChartModel, 'plannedBars' | 'realisedBars'> {
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
  return {
    plannedBars: operating.map((p) => bar(p.month, p.plannedBenefit, 0)),
    realisedBars: operating.flatMap((p) =>
      p.realisedBenefit === null ? [] : [bar(p.month, p.realisedBenefit, 1)],
    ),
  };
}

function cumulativePath(
  points: readonly RealisationPoint[],
  key: 'plannedCumulative' | 'forecastCumulative',
  { x, yLines }: RealisationLayout,
): string {
  return points
    .map(
      (p, i) =>
        `${i === 0 ? 'M' : 'L'}${x(p.month).toFixed(2)},${yLines(p[key]).toFixed(2)}`,
    )
    .join('');
}

function monthTarget(
  p: RealisationPoint,
  { x, yLines, monthWidth }: RealisationLayout,
  formatValue: (value: number) => string,
): Month {
  return {
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
  };
}

const valueTicks = (
  scale: RealisationLayout['yBars'],
  count: number,
  format: (value: number) => string,
): ChartTick[] =>
  scale
    .ticks(count)
    .map((value) => ({ value, offset: scale(value), label: format(value) }));

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
  const layout = realisationLayout(points, width, height);
  const { x, innerWidth, horizon } = layout;
  return {
    width: innerWidth + REALISATION_MARGIN.left + REALISATION_MARGIN.right,
    height,
    margin: REALISATION_MARGIN,
    innerWidth,
    barsHeight: layout.barsHeight,
    linesTop: layout.linesTop,
    linesHeight: layout.linesHeight,
    ...benefitBars(points, layout),
    plannedPath: cumulativePath(points, 'plannedCumulative', layout),
    forecastPath: cumulativePath(points, 'forecastCumulative', layout),
    zeroY: layout.yLines(0),
    measuredUntilX:
      completeMonths > 0 ? x(Math.min(completeMonths, horizon)) : null,
    paybackMarks: paybackMarks(plannedPaybackMonths, forecastPaybackMonths, x),
    xTicks: monthTicks(horizon, x, innerWidth),
    barTicks: valueTicks(layout.yBars, 3, formatTick),
    lineTicks: valueTicks(layout.yLines, 4, formatTick),
    months: points.map((p) => monthTarget(p, layout, formatValue)),
  };
}
