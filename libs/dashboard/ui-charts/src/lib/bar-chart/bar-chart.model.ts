import { max, scaleBand, scaleLinear } from 'd3';
import { formatChartNumber } from '../shared/chart-format';
import type { ChartMargin, ChartTick } from '../shared/chart-types';
import { estimateTextWidth, truncateText } from '../shared/text-layout';

/** One horizontal bar: a category and its value. */
export type BarDatum = {
  /** Unique per chart; used for React keys. */
  key: string;
  /** The category, shown left of the bar. */
  label: string;
  /** Non-negative; negative values are drawn as 0. */
  value: number;
  /** Shown at the end of the bar, e.g. "1,180 (60.8%)"; defaults to the formatted value. */
  valueLabel?: string;
};

export type BarChartModelInput = {
  data: readonly BarDatum[];
  /** Width of the container in pixels. */
  width: number;
  /** Fixed end of the value axis (e.g. 1 for shares); default: the largest value, made nice. */
  maxValue?: number;
  formatValue?: (value: number) => string;
  formatTick?: (value: number) => string;
};

export type BarModel = {
  key: string;
  label: string;
  /** The label as drawn, shortened to fit the label column. */
  displayLabel: string;
  value: number;
  valueLabel: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Vertical centre of the bar, for its labels. */
  centerY: number;
  /** The row's full band, a generous hover target. */
  bandY: number;
  bandHeight: number;
};

export type BarChartModel = {
  width: number;
  height: number;
  margin: ChartMargin;
  innerWidth: number;
  innerHeight: number;
  bars: BarModel[];
  ticks: ChartTick[];
};

const FONT_SIZE = 12;
const ROW_STEP = 36;
const LABEL_GAP = 10;
const MIN_INNER_WIDTH = 60;

/** Scales and bar rectangles for a horizontal bar chart (no DOM). */
export function barChartModel({
  data,
  width,
  maxValue,
  formatValue = formatChartNumber,
  formatTick = formatChartNumber,
}: BarChartModelInput): BarChartModel {
  const valueLabels = data.map((d) => d.valueLabel ?? formatValue(d.value));
  const longestLabel = max(data, (d) => estimateTextWidth(d.label)) ?? 0;
  const longestValue = max(valueLabels, (l) => estimateTextWidth(l)) ?? 0;

  // The label column takes what the labels need, but never more than 40 %
  // of the chart; longer labels are shortened (the full text is in the table).
  const left = Math.round(
    Math.min(Math.max(longestLabel + LABEL_GAP, 48), width * 0.4),
  );
  const margin: ChartMargin = {
    top: 4,
    right: longestValue + LABEL_GAP,
    bottom: 28,
    left,
  };
  const innerWidth = Math.max(
    MIN_INNER_WIDTH,
    width - margin.left - margin.right,
  );
  const innerHeight = data.length * ROW_STEP;

  const y = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([0, innerHeight])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const tickCount = Math.max(2, Math.floor(innerWidth / 90));
  const x = scaleLinear()
    .domain([0, maxValue ?? (max(data, (d) => d.value) || 1)])
    .range([0, innerWidth]);
  // Nice to the same tick count, so the axis ends on a labelled tick.
  if (maxValue === undefined) x.nice(tickCount);

  const bars = data.map((d, index): BarModel => {
    const value = Math.max(0, d.value);
    const top = y(d.key) ?? 0;
    return {
      key: d.key,
      label: d.label,
      displayLabel: truncateText(d.label, margin.left - LABEL_GAP, FONT_SIZE),
      value: d.value,
      valueLabel: valueLabels[index],
      x: 0,
      y: top,
      width: Math.min(x(value), innerWidth),
      height: y.bandwidth(),
      centerY: top + y.bandwidth() / 2,
      bandY: top - (y.step() - y.bandwidth()) / 2,
      bandHeight: y.step(),
    };
  });

  const ticks = x
    .ticks(tickCount)
    .map((value) => ({ value, offset: x(value), label: formatTick(value) }));

  return {
    width,
    height: margin.top + innerHeight + margin.bottom,
    margin,
    innerWidth,
    innerHeight,
    bars,
    ticks,
  };
}
