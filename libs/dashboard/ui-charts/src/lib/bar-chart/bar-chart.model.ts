import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatChartNumber } from '../shared/chart-format';
import type { ChartTick } from '../shared/chart-types';
import {
  labelledRows,
  ticksAt,
  valueColumnWidth,
  type PlotBox,
  type RowSlot,
} from '../shared/plot-layout';

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

export type BarModel = RowSlot & {
  key: string;
  label: string;
  /** The label as drawn, shortened to fit the label column. */
  displayLabel: string;
  value: number;
  valueLabel: string;
  x: number;
  width: number;
};

export type BarChartModel = PlotBox & {
  bars: BarModel[];
  ticks: ChartTick[];
};

const ROW_STEP = 36;
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
  // The label column takes what the labels need, but never more than 40 %
  // of the chart.
  const { row, ...box } = labelledRows({
    rows: data,
    width,
    maxLabelShare: 0.4,
    right: valueColumnWidth(valueLabels),
    minInnerWidth: MIN_INNER_WIDTH,
    rowStep: ROW_STEP,
    paddingInner: 0.3,
    paddingOuter: 0.15,
  });
  const { innerWidth } = box;
  const tickCount = Math.max(2, Math.floor(innerWidth / 90));
  const x = scaleLinear()
    .domain([0, maxValue ?? (max(data, (d) => d.value) || 1)])
    .range([0, innerWidth]);
  // Nice to the same tick count, so the axis ends on a labelled tick.
  if (maxValue === undefined) x.nice(tickCount);

  const bars = data.map((d, index): BarModel => ({
    key: d.key,
    label: d.label,
    value: d.value,
    valueLabel: valueLabels[index],
    ...row(d.key, d.label),
    x: 0,
    width: Math.min(x(Math.max(0, d.value)), innerWidth),
  }));

  return {
    ...box,
    bars,
    ticks: ticksAt(x.ticks(tickCount), x, formatTick),
  };
}
