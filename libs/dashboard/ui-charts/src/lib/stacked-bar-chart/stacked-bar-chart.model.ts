import { scaleLinear } from 'd3-scale';
import { stack, stackOffsetExpand } from 'd3-shape';
import { formatChartPercent } from '../shared/chart-format';
import { readableTextColor } from '../shared/chart-colors';
import type { ChartTick } from '../shared/chart-types';
import {
  labelledRows,
  percentTicks,
  valueColumnWidth,
  type PlotBox,
  type RowSlot,
} from '../shared/plot-layout';
import { estimateTextWidth } from '../shared/text-layout';

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

export type StackedBar = RowSlot & {
  key: string;
  label: string;
  displayLabel: string;
  note: string | null;
  segments: StackSegment[];
};

export type StackedBarChartModel = PlotBox & {
  bars: StackedBar[];
  ticks: ChartTick[];
};

const ROW_STEP = 44;

/**
 * 100 % stacked horizontal bars: each row's series as parts of a whole,
 * laid out with d3.stack and the "expand" offset (no DOM).
 */
export function stackedBarChartModel({
  rows,
  series,
  width,
}: StackedBarChartModelInput): StackedBarChartModel {
  const notes = rows.map((row) => row.note ?? '');
  const { row: rowOf, ...box } = labelledRows({
    rows,
    width,
    maxLabelShare: 0.3,
    right: notes.some(Boolean) ? valueColumnWidth(notes) : 8,
    minInnerWidth: 80,
    rowStep: ROW_STEP,
    paddingInner: 0.3,
    paddingOuter: 0.15,
  });
  const x = scaleLinear().domain([0, 1]).range([0, box.innerWidth]);

  const layers = stack<StackRow>()
    .keys(series.map((s) => s.key))
    .value((row, key) => Math.max(0, row.values[key] ?? 0))
    .offset(stackOffsetExpand)(rows);

  const bars = rows.map((row, rowIndex): StackedBar => {
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
      ...rowOf(row.key, row.label),
      note: row.note ?? null,
      segments,
    };
  });

  return { ...box, bars, ticks: percentTicks(x, box.innerWidth) };
}
