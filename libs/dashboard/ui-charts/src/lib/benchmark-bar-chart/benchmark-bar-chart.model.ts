import { scaleLinear } from 'd3-scale';
import type { ChartTick } from '../shared/chart-types';
import {
  labelledRows,
  percentTicks,
  valueColumnWidth,
  type PlotBox,
  type RowSlot,
} from '../shared/plot-layout';
import { estimateTextWidth } from '../shared/text-layout';

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

export type BenchmarkBarModel = BenchmarkBarDatum &
  RowSlot & {
    displayLabel: string;
    width: number;
    /** x of the benchmark marker. */
    targetX: number;
    /** x where the value label starts: after the bar, or after the marker when they would overlap. */
    valueX: number;
  };

export type BenchmarkBarChartModel = PlotBox & {
  bars: BenchmarkBarModel[];
  ticks: ChartTick[];
};

const FONT_SIZE = 12;
const ROW_STEP = 40;
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
  const { row, ...box } = labelledRows({
    rows: data,
    width,
    maxLabelShare: 0.35,
    right: valueColumnWidth(data.map((d) => d.valueLabel)),
    minInnerWidth: 80,
    rowStep: ROW_STEP,
    paddingInner: 0.35,
    paddingOuter: 0.2,
  });
  const x = scaleLinear().domain([0, 1]).range([0, box.innerWidth]).clamp(true);

  const bars = data.map((d): BenchmarkBarModel => {
    const barEnd = d.value === null ? 0 : x(Math.max(0, d.value));
    return {
      ...d,
      ...row(d.key, d.label),
      width: barEnd,
      targetX: x(d.target),
      valueX: valueLabelX(
        barEnd,
        x(d.target),
        estimateTextWidth(d.valueLabel, FONT_SIZE),
      ),
    };
  });

  return { ...box, bars, ticks: percentTicks(x, box.innerWidth) };
}
