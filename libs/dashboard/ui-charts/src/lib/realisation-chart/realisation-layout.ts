import { max, min } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { ChartMargin } from '../shared/chart-types';
import type { RealisationPoint } from './realisation-chart.model';

export const REALISATION_MARGIN: ChartMargin = {
  top: 20,
  right: 16,
  bottom: 36,
  left: 64,
};
const PANEL_GAP = 28;

/** The two panels on one month axis, and their scales. */
export type RealisationLayout = {
  innerWidth: number;
  /** The monthly panel (bars) spans y 0..barsHeight. */
  barsHeight: number;
  /** The cumulative panel spans y linesTop..linesTop + linesHeight. */
  linesTop: number;
  linesHeight: number;
  /** The last month (at least 1). */
  horizon: number;
  /** One month's width in pixels. */
  monthWidth: number;
  x: ScaleLinear<number, number>;
  /** Benefit per month, from 0 up, in the top panel. */
  yBars: ScaleLinear<number, number>;
  /** Cumulative cash flow, zero always inside, in the bottom panel. */
  yLines: ScaleLinear<number, number>;
};

/**
 * The bars take 42 % of the plot's height above a 28 px gap, the lines the
 * rest; months 0..horizon run across the width.
 */
export function realisationLayout(
  points: readonly RealisationPoint[],
  width: number,
  height: number,
): RealisationLayout {
  const margin = REALISATION_MARGIN;
  const innerWidth = Math.max(120, width - margin.left - margin.right);
  const innerHeight = height - margin.top - margin.bottom;
  const barsHeight = Math.round((innerHeight - PANEL_GAP) * 0.42);
  const linesTop = barsHeight + PANEL_GAP;
  const linesHeight = innerHeight - linesTop;
  const horizon = Math.max(1, max(points, (p) => p.month) ?? 1);
  const topValue =
    max(points, (p) => Math.max(p.plannedBenefit, p.realisedBenefit ?? 0)) ?? 0;
  const low =
    min(points, (p) => Math.min(p.plannedCumulative, p.forecastCumulative)) ??
    0;
  const high =
    max(points, (p) => Math.max(p.plannedCumulative, p.forecastCumulative)) ??
    0;
  return {
    innerWidth,
    barsHeight,
    linesTop,
    linesHeight,
    horizon,
    monthWidth: innerWidth / horizon,
    x: scaleLinear().domain([0, horizon]).range([0, innerWidth]),
    yBars: scaleLinear()
      .domain([0, topValue > 0 ? topValue : 1])
      .nice(4)
      .range([barsHeight, 0]),
    // Zero is always in the panel: it is the line the cumulative must cross.
    yLines: scaleLinear()
      .domain([Math.min(0, low), Math.max(0, high, low === high ? 1 : 0)])
      .nice(5)
      .range([linesTop + linesHeight, linesTop]),
  };
}
