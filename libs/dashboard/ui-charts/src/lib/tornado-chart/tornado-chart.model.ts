import { scaleLinear } from 'd3-scale';
import { fittingTicks } from '../shared/axis-ticks';
import { formatChartNumber } from '../shared/chart-format';
import {
  estimateTextWidth,
  truncateText,
  twoLineWidth,
  wrapText,
} from '../shared/text-layout';
import type { ChartMargin, ChartTick } from '../shared/chart-types';

/** One driver: the outcome with the driver lower and higher, around the base case. */
export type TornadoDatum = {
  key: string;
  label: string;
  low: number;
  high: number;
};

export type TornadoRow = {
  key: string;
  label: string;
  /** The label as drawn: one or two lines that fit the label column. */
  labelLines: string[];
  y: number;
  height: number;
  /** Bars from the base value to each outcome (x is the left edge). */
  lowBar: { x: number; width: number; label: string };
  highBar: { x: number; width: number; label: string };
};

export type TornadoChartModel = {
  width: number;
  height: number;
  margin: ChartMargin;
  innerWidth: number;
  innerHeight: number;
  baseX: number;
  rows: TornadoRow[];
  ticks: ChartTick[];
};

const ROW_STEP = 34;
const MARGIN = { top: 8, right: 24, bottom: 32 };
const LABEL_PAD = 12;
const MIN_LABEL_COLUMN = 64;

/**
 * The label column: the longest label on one line when that takes at most
 * 40 % of the chart, else on two lines, else 40 % (and an ellipsis).
 */
function labelColumn(labels: readonly string[], width: number): number {
  const limit = width * 0.4;
  const oneLine =
    Math.max(0, ...labels.map((label) => estimateTextWidth(label))) + LABEL_PAD;
  const needed =
    oneLine <= limit
      ? oneLine
      : Math.max(0, ...labels.map(twoLineWidth)) + LABEL_PAD;
  return Math.round(Math.max(MIN_LABEL_COLUMN, Math.min(needed, limit)));
}

function bar(from: number, to: number, label: string) {
  return { x: Math.min(from, to), width: Math.abs(to - from), label };
}

/**
 * A tornado chart (no DOM): one row per driver, in the order given (the API
 * sorts by swing), a bar from the base value to the outcome at the driver's
 * low value and one to its high value.
 */
export function tornadoChartModel({
  data,
  base,
  width,
  formatValue = formatChartNumber,
  formatTick = formatValue,
}: {
  data: readonly TornadoDatum[];
  base: number;
  width: number;
  formatValue?: (value: number) => string;
  /** The axis's labels, e.g. compact money ("£3.5m"); the bars keep formatValue. */
  formatTick?: (value: number) => string;
}): TornadoChartModel {
  const margin: ChartMargin = {
    ...MARGIN,
    left: labelColumn(
      data.map((d) => d.label),
      width,
    ),
  };
  const innerWidth = Math.max(80, width - margin.left - margin.right);
  const room = margin.left - LABEL_PAD;
  const innerHeight = Math.max(ROW_STEP, data.length * ROW_STEP);
  const values = data.flatMap((d) => [d.low, d.high]).concat(base);
  const x = scaleLinear()
    .domain([Math.min(...values), Math.max(...values)])
    .nice()
    .range([0, innerWidth]);
  const baseX = x(base);
  return {
    width: innerWidth + margin.left + margin.right,
    height: innerHeight + margin.top + margin.bottom,
    margin,
    innerWidth,
    innerHeight,
    baseX,
    rows: data.map((d, i) => ({
      key: d.key,
      label: d.label,
      labelLines: wrapText(
        d.label,
        room,
        estimateTextWidth(d.label) <= room ? 1 : 2,
      ) ?? [truncateText(d.label, room)],
      y: i * ROW_STEP + 6,
      height: ROW_STEP - 12,
      lowBar: bar(baseX, x(d.low), formatValue(d.low)),
      highBar: bar(baseX, x(d.high), formatValue(d.high)),
    })),
    ticks: fittingTicks(x, 5, formatTick),
  };
}
