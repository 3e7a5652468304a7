import { max } from 'd3-array';
import { scaleBand, type ScaleBand } from 'd3-scale';
import { formatPercentTick } from './chart-format';
import type { ChartMargin, ChartTick } from './chart-types';
import { estimateTextWidth, truncateText } from './text-layout';

/**
 * The frame every model with axes returns: the SVG's size, the margins the
 * axes and labels take, and the plot area inside them.
 */
export type PlotBox = {
  width: number;
  height: number;
  margin: ChartMargin;
  innerWidth: number;
  innerHeight: number;
};

/** The box around a plot area; its height is the plot's plus the margins. */
export function plotBox(
  width: number,
  margin: ChartMargin,
  innerWidth: number,
  innerHeight: number,
): PlotBox {
  return {
    width,
    height: margin.top + innerHeight + margin.bottom,
    margin,
    innerWidth,
    innerHeight,
  };
}

/** Where a band scale puts one row of a horizontal bar chart. */
export type RowSlot = {
  y: number;
  height: number;
  /** Vertical centre of the bar, for its labels. */
  centerY: number;
  /** The row's full step, a generous hover target. */
  bandY: number;
  bandHeight: number;
};

/** Where a band scale puts one column of a vertical bar chart. */
export type ColumnSlot = {
  x: number;
  width: number;
  centerX: number;
  /** The column's full step, a generous hover target. */
  bandX: number;
  bandWidth: number;
};

export function rowSlot(scale: ScaleBand<string>, key: string): RowSlot {
  const y = scale(key) ?? 0;
  const height = scale.bandwidth();
  return {
    y,
    height,
    centerY: y + height / 2,
    bandY: y - (scale.step() - height) / 2,
    bandHeight: scale.step(),
  };
}

/** The same slot as a row's, turned on its side. */
export function columnSlot(scale: ScaleBand<string>, key: string): ColumnSlot {
  const { y, height, centerY, bandY, bandHeight } = rowSlot(scale, key);
  return {
    x: y,
    width: height,
    centerX: centerY,
    bandX: bandY,
    bandWidth: bandHeight,
  };
}

/** Ticks at `values` of a scale, labelled with `format`. */
export function ticksAt(
  values: readonly number[],
  scale: (value: number) => number,
  format: (value: number) => string,
): ChartTick[] {
  return values.map((value) => ({
    value,
    offset: scale(value),
    label: format(value),
  }));
}

/** 0–100 % ticks: quarters when the axis is wide enough, else halves. */
export function percentTicks(
  scale: (value: number) => number,
  axisLength: number,
): ChartTick[] {
  const values = axisLength >= 320 ? [0, 0.25, 0.5, 0.75, 1] : [0, 0.5, 1];
  return ticksAt(values, scale, formatPercentTick);
}

const LABEL_FONT_SIZE = 12;
const LABEL_GAP = 10;
const MIN_LABEL_COLUMN = 48;

export type LabelledRowsInput = {
  rows: ReadonlyArray<{ key: string; label: string }>;
  width: number;
  /** The label column's largest part of the width, e.g. 0.4. */
  maxLabelShare: number;
  /** Room right of the bars, e.g. for their value labels. */
  right: number;
  minInnerWidth: number;
  rowStep: number;
  paddingInner: number;
  paddingOuter: number;
};

export type LabelledRows = PlotBox & {
  /** A row's place and its label as drawn, shortened to the label column. */
  row: (key: string, label: string) => RowSlot & { displayLabel: string };
};

/**
 * The frame of a horizontal bar chart: a label column on the left that takes
 * what the labels need up to `maxLabelShare` of the chart (longer labels are
 * shortened; the full text is in the table), an x axis below, and one band
 * of `rowStep` pixels per row.
 */
export function labelledRows({
  rows,
  width,
  maxLabelShare,
  right,
  minInnerWidth,
  rowStep,
  paddingInner,
  paddingOuter,
}: LabelledRowsInput): LabelledRows {
  const longestLabel = max(rows, (row) => estimateTextWidth(row.label)) ?? 0;
  const margin: ChartMargin = {
    top: 4,
    right,
    bottom: 28,
    left: Math.round(
      Math.min(
        Math.max(longestLabel + LABEL_GAP, MIN_LABEL_COLUMN),
        width * maxLabelShare,
      ),
    ),
  };
  const innerWidth = Math.max(
    minInnerWidth,
    width - margin.left - margin.right,
  );
  const innerHeight = rows.length * rowStep;
  const y = scaleBand<string>()
    .domain(rows.map((row) => row.key))
    .range([0, innerHeight])
    .paddingInner(paddingInner)
    .paddingOuter(paddingOuter);
  return {
    ...plotBox(width, margin, innerWidth, innerHeight),
    row: (key, label) => ({
      ...rowSlot(y, key),
      displayLabel: truncateText(
        label,
        margin.left - LABEL_GAP,
        LABEL_FONT_SIZE,
      ),
    }),
  };
}

/** Room for the widest of `labels` after a bar, with a gap before it. */
export function valueColumnWidth(labels: readonly string[]): number {
  const widest = max(labels, (label) => estimateTextWidth(label)) ?? 0;
  return widest + LABEL_GAP;
}
