import { max, scaleBand, scaleLinear } from 'd3';
import { formatPercentTick } from '../shared/chart-format';
import type { ChartMargin, ChartTick } from '../shared/chart-types';
import { estimateTextWidth, truncateText } from '../shared/text-layout';

/** One row: a rate (a fraction, or null for no data) and its target. */
export type BenchmarkBarDatum = {
  key: string;
  label: string;
  /** A fraction in [0, 1]; null draws no bar (e.g. no requests). */
  value: number | null;
  /** Shown at the end of the bar, e.g. "67.2%" or "no requests". */
  valueLabel: string;
  /** The benchmark, a fraction in [0, 1]. */
  target: number;
  /** e.g. "75% (published)". */
  targetLabel: string;
  /** An assumed benchmark is drawn dashed. */
  assumed: boolean;
};

export type BenchmarkBarModel = BenchmarkBarDatum & {
  displayLabel: string;
  y: number;
  width: number;
  height: number;
  centerY: number;
  bandY: number;
  bandHeight: number;
  /** x of the benchmark marker. */
  targetX: number;
  /** x where the value label starts: after the bar, or after the marker when they would overlap. */
  valueX: number;
};

export type BenchmarkBarChartModel = {
  width: number;
  height: number;
  margin: ChartMargin;
  innerWidth: number;
  innerHeight: number;
  bars: BenchmarkBarModel[];
  ticks: ChartTick[];
};

const FONT_SIZE = 12;
const ROW_STEP = 40;
const LABEL_GAP = 10;
const VALUE_GAP = 6;

/**
 * The value label sits just after the bar's end; when the benchmark marker
 * would cross it, it moves past the marker instead, so it never reads as the
 * marker's label far from its bar unless it has to.
 */
export function valueLabelX(
  barEnd: number,
  targetX: number,
  labelWidth: number,
): number {
  const start = barEnd + VALUE_GAP;
  const crosses = targetX >= barEnd && targetX <= start + labelWidth + 2;
  return crosses ? targetX + VALUE_GAP : start;
}

/**
 * Horizontal 0–100 % bars, one per row, each with a marker at its own
 * benchmark, so every row reads against its own target (no DOM).
 */
export function benchmarkBarChartModel({
  data,
  width,
}: {
  data: readonly BenchmarkBarDatum[];
  width: number;
}): BenchmarkBarChartModel {
  const longestLabel = max(data, (d) => estimateTextWidth(d.label)) ?? 0;
  const longestValue = max(data, (d) => estimateTextWidth(d.valueLabel)) ?? 0;
  const margin: ChartMargin = {
    top: 4,
    right: Math.round(longestValue + LABEL_GAP),
    bottom: 28,
    left: Math.round(
      Math.min(Math.max(longestLabel + LABEL_GAP, 48), width * 0.35),
    ),
  };
  const innerWidth = Math.max(80, width - margin.left - margin.right);
  const innerHeight = data.length * ROW_STEP;
  const y = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([0, innerHeight])
    .paddingInner(0.35)
    .paddingOuter(0.2);
  const x = scaleLinear().domain([0, 1]).range([0, innerWidth]).clamp(true);

  const bars = data.map((d): BenchmarkBarModel => {
    const top = y(d.key) ?? 0;
    const barEnd = d.value === null ? 0 : x(Math.max(0, d.value));
    return {
      ...d,
      displayLabel: truncateText(d.label, margin.left - LABEL_GAP, FONT_SIZE),
      y: top,
      width: barEnd,
      height: y.bandwidth(),
      centerY: top + y.bandwidth() / 2,
      bandY: top - (y.step() - y.bandwidth()) / 2,
      bandHeight: y.step(),
      targetX: x(d.target),
      valueX: valueLabelX(
        barEnd,
        x(d.target),
        estimateTextWidth(d.valueLabel, FONT_SIZE),
      ),
    };
  });

  const tickValues = innerWidth >= 320 ? [0, 0.25, 0.5, 0.75, 1] : [0, 0.5, 1];
  return {
    width,
    height: margin.top + innerHeight + margin.bottom,
    margin,
    innerWidth,
    innerHeight,
    bars,
    ticks: tickValues.map((value) => ({
      value,
      offset: x(value),
      label: formatPercentTick(value),
    })),
  };
}
