import { max, scaleBand, scaleLinear, stack, stackOffsetExpand } from 'd3';
import { formatChartPercent, formatPercentTick } from '../shared/chart-format';
import { readableTextColor } from '../shared/chart-colors';
import type { ChartMargin, ChartTick } from '../shared/chart-types';
import { estimateTextWidth, truncateText } from '../shared/text-layout';

/** One part of every bar, e.g. a channel; drawn in this order, left to right. */
export type StackSeries = {
  key: string;
  label: string;
  /** A hex colour for the segment. */
  color: string;
  /** Groups series in the legend, e.g. "Informal" and "Structured". */
  group?: string;
};

/** One bar, e.g. a department, with a value per series. */
export type StackRow = {
  key: string;
  label: string;
  /** Values per series key (counts or shares); each bar is scaled to 100 %. */
  values: Readonly<Record<string, number>>;
  /** Text at the end of the bar, e.g. "62.1% informal". */
  note?: string;
};

export type StackedBarChartModelInput = {
  rows: readonly StackRow[];
  series: readonly StackSeries[];
  width: number;
};

export type StackSegment = {
  seriesKey: string;
  label: string;
  color: string;
  textColor: string;
  value: number;
  /** The segment's part of its bar, a fraction. */
  share: number;
  x: number;
  width: number;
  /** The share printed inside the segment, or null when it does not fit. */
  inlineLabel: string | null;
};

export type StackedBar = {
  key: string;
  label: string;
  displayLabel: string;
  note: string | null;
  y: number;
  height: number;
  centerY: number;
  bandY: number;
  bandHeight: number;
  segments: StackSegment[];
};

export type StackedBarChartModel = {
  width: number;
  height: number;
  margin: ChartMargin;
  innerWidth: number;
  innerHeight: number;
  bars: StackedBar[];
  ticks: ChartTick[];
};

const FONT_SIZE = 12;
const ROW_STEP = 44;
const LABEL_GAP = 10;

/**
 * 100 % stacked horizontal bars: each row's series as parts of a whole,
 * laid out with d3.stack and the "expand" offset (no DOM).
 */
export function stackedBarChartModel({
  rows,
  series,
  width,
}: StackedBarChartModelInput): StackedBarChartModel {
  const longestLabel = max(rows, (row) => estimateTextWidth(row.label)) ?? 0;
  const longestNote =
    max(rows, (row) => estimateTextWidth(row.note ?? '')) ?? 0;
  const margin: ChartMargin = {
    top: 4,
    right: longestNote > 0 ? longestNote + LABEL_GAP : 8,
    bottom: 28,
    left: Math.round(
      Math.min(Math.max(longestLabel + LABEL_GAP, 48), width * 0.3),
    ),
  };
  const innerWidth = Math.max(80, width - margin.left - margin.right);
  const innerHeight = rows.length * ROW_STEP;

  const y = scaleBand<string>()
    .domain(rows.map((row) => row.key))
    .range([0, innerHeight])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const x = scaleLinear().domain([0, 1]).range([0, innerWidth]);

  const layers = stack<StackRow>()
    .keys(series.map((s) => s.key))
    .value((row, key) => Math.max(0, row.values[key] ?? 0))
    .offset(stackOffsetExpand)(rows);

  const bars = rows.map((row, rowIndex): StackedBar => {
    const top = y(row.key) ?? 0;
    const segments = series.flatMap((s, seriesIndex): StackSegment[] => {
      const [start, end] = layers[seriesIndex][rowIndex];
      const share = end - start;
      if (!(share > 0)) return [];
      const segmentWidth = x(end) - x(start);
      const text = formatChartPercent(share);
      return [
        {
          seriesKey: s.key,
          label: s.label,
          color: s.color,
          textColor: readableTextColor(s.color),
          value: row.values[s.key] ?? 0,
          share,
          x: x(start),
          width: segmentWidth,
          inlineLabel:
            estimateTextWidth(text, 11) + 8 <= segmentWidth ? text : null,
        },
      ];
    });
    return {
      key: row.key,
      label: row.label,
      displayLabel: truncateText(row.label, margin.left - LABEL_GAP, FONT_SIZE),
      note: row.note ?? null,
      y: top,
      height: y.bandwidth(),
      centerY: top + y.bandwidth() / 2,
      bandY: top - (y.step() - y.bandwidth()) / 2,
      bandHeight: y.step(),
      segments,
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
