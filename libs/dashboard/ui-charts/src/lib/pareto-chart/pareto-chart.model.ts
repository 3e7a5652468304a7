import { ascending, descending, max } from 'd3-array';
import { scaleBand, scaleLinear, type ScaleBand } from 'd3-scale';
import { line } from 'd3-shape';
import { formatChartNumber, formatPercentTick } from '../shared/chart-format';
import type { ChartMargin, ChartTick } from '../shared/chart-types';
import {
  columnSlot,
  plotBox,
  ticksAt,
  type ColumnSlot,
  type PlotBox,
} from '../shared/plot-layout';
import {
  estimateTextWidth,
  truncateText,
  wrapText,
} from '../shared/text-layout';

/** One category of a Pareto chart. */
export type ParetoDatum = {
  key: string;
  label: string;
  count: number;
  /** The category's share of all items, a fraction (0.2 = 20 %). */
  share?: number;
  /** Share of all items up to and including this category, a fraction. */
  cumulativeShare: number;
};

export type ParetoChartModelInput = {
  data: readonly ParetoDatum[];
  width: number;
  /** Height of the plot area, without the axes. */
  plotHeight?: number;
  /** The reference line, a fraction; 0.8 for the 80/20 rule. */
  threshold?: number;
  formatCount?: (value: number) => string;
};

export type ParetoBar = ParetoDatum &
  ColumnSlot & {
    y: number;
    height: number;
    /** Top of the cumulative line's point above this bar. */
    lineY: number;
    /** Up to and including the first category that reaches the threshold. */
    vital: boolean;
    /** The category label as drawn: one or two lines, or one shortened line when rotated. */
    labelLines: string[];
  };

export type ParetoChartModel = PlotBox & {
  bars: ParetoBar[];
  /** Labels are wrapped under their bar, or rotated when even two lines do not fit. */
  labelMode: 'wrapped' | 'rotated';
  labelAngle: number;
  countTicks: ChartTick[];
  shareTicks: ChartTick[];
  /** SVG path of the cumulative share line. */
  linePath: string;
  threshold: { value: number; offset: number; label: string };
};

const FONT_SIZE = 12;
const LINE_HEIGHT = 14;
const ROTATION = -40;
const MAX_ROTATED_CHARS_WIDTH = 150;

function sortDescending(data: readonly ParetoDatum[]): ParetoDatum[] {
  // Domain §2: by count descending, ties by name ascending.
  return [...data].sort(
    (a, b) => descending(a.count, b.count) || ascending(a.label, b.label),
  );
}

type LabelLayout = Pick<ParetoChartModel, 'labelMode' | 'labelAngle'> & {
  lines: string[][];
  bottom: number;
};

function layoutLabels(labels: string[], step: number): LabelLayout {
  const wrapped = labels.map((label) =>
    wrapText(label, step - 6, 2, FONT_SIZE),
  );
  if (wrapped.every((lines) => lines !== null)) {
    const rows = max(wrapped, (lines) => lines!.length) ?? 1;
    return {
      labelMode: 'wrapped',
      labelAngle: 0,
      lines: wrapped as string[][],
      bottom: 12 + rows * LINE_HEIGHT,
    };
  }
  const lines = labels.map((label) => [
    truncateText(label, MAX_ROTATED_CHARS_WIDTH, FONT_SIZE),
  ]);
  const longest = max(lines, ([text]) => estimateTextWidth(text)) ?? 0;
  const radians = (Math.abs(ROTATION) * Math.PI) / 180;
  return {
    labelMode: 'rotated',
    labelAngle: ROTATION,
    lines,
    bottom: Math.ceil(longest * Math.sin(radians) + FONT_SIZE + 12),
  };
}

type HorizontalLayout = {
  x: ScaleBand<string>;
  labels: LabelLayout;
  left: number;
  innerWidth: number;
};

// Rotated labels hang to the left of their bar; the first ones may need
// more room than the count axis, or they would be cut off at the edge.
function horizontalLayout(
  sorted: readonly ParetoDatum[],
  width: number,
  minLeft: number,
  right: number,
): HorizontalLayout {
  let left = minLeft;
  for (;;) {
    const innerWidth = Math.max(80, width - left - right);
    const x = scaleBand<string>()
      .domain(sorted.map((d) => d.key))
      .range([0, innerWidth])
      .paddingInner(0.25)
      .paddingOuter(0.1);
    const labels = layoutLabels(
      sorted.map((d) => d.label),
      x.step(),
    );
    const cos = Math.cos((labels.labelAngle * Math.PI) / 180);
    const overhang =
      labels.labelMode === 'rotated'
        ? (max(
            sorted,
            (d, i) =>
              cos * estimateTextWidth(labels.lines[i][0]) -
              ((x(d.key) ?? 0) + x.bandwidth() / 2),
          ) ?? 0) + 4
        : 0;
    if (overhang <= left || left >= width / 3) {
      return { x, labels, left, innerWidth };
    }
    left = Math.min(Math.ceil(overhang), Math.floor(width / 3));
  }
}

/**
 * Bars of counts by category (descending) and the cumulative share on a
 * right-hand 0–100 % axis, with a reference line at the threshold (no DOM).
 */
export function paretoChartModel({
  data,
  width,
  plotHeight = 220,
  threshold = 0.8,
  formatCount = formatChartNumber,
}: ParetoChartModelInput): ParetoChartModel {
  const sorted = sortDescending(data);
  const maxCount = max(sorted, (d) => d.count) || 1;
  const countAxisWidth = estimateTextWidth(formatCount(maxCount)) + 14;
  const shareAxisWidth = estimateTextWidth('100%') + 14;
  const right = Math.max(40, shareAxisWidth);
  const { x, labels, left, innerWidth } = horizontalLayout(
    sorted,
    width,
    Math.max(40, countAxisWidth),
    right,
  );
  const margin: ChartMargin = { top: 12, right, bottom: labels.bottom, left };
  const innerHeight = plotHeight;

  const yCount = scaleLinear()
    .domain([0, maxCount])
    .range([innerHeight, 0])
    .nice();
  const yShare = scaleLinear().domain([0, 1]).range([innerHeight, 0]);

  const firstVital = sorted.findIndex((d) => d.cumulativeShare >= threshold);
  const lastVital = firstVital === -1 ? sorted.length - 1 : firstVital;

  const bars = sorted.map((d, index): ParetoBar => {
    const top = yCount(Math.max(0, d.count));
    return {
      ...d,
      ...columnSlot(x, d.key),
      y: top,
      height: innerHeight - top,
      lineY: yShare(Math.min(1, Math.max(0, d.cumulativeShare))),
      vital: index <= lastVital,
      labelLines: labels.lines[index],
    };
  });

  const linePath =
    line<ParetoBar>()
      .x((bar) => bar.centerX)
      .y((bar) => bar.lineY)(bars) ?? '';

  return {
    ...plotBox(width, margin, innerWidth, innerHeight),
    bars,
    labelMode: labels.labelMode,
    labelAngle: labels.labelAngle,
    // Counts are whole numbers: no ticks at 0.5 on a small axis.
    countTicks: ticksAt(
      yCount.ticks(5).filter(Number.isInteger),
      yCount,
      formatCount,
    ),
    shareTicks: ticksAt([0, 0.2, 0.4, 0.6, 0.8, 1], yShare, formatPercentTick),
    linePath,
    threshold: {
      value: threshold,
      offset: yShare(threshold),
      label: formatPercentTick(threshold),
    },
  };
}
