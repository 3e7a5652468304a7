import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { formatChartNumber } from '../shared/chart-format';
import type { ChartMargin, ChartTick } from '../shared/chart-types';
import {
  columnSlot,
  plotBox,
  ticksAt,
  type ColumnSlot,
  type PlotBox,
} from '../shared/plot-layout';
import { estimateTextWidth } from '../shared/text-layout';
import type { StackSeries } from '../stacked-bar-chart/stacked-bar-chart.model';

/** One column, e.g. a week, with a count per series (e.g. per channel). */
export type CountColumn = {
  key: string;
  /** Shown under the column when there is room, e.g. "5 Jan". */
  label: string;
  /** Counts per series key; missing keys count 0. */
  values: Readonly<Record<string, number>>;
};

export type StackedCountChartModelInput = {
  columns: readonly CountColumn[];
  series: readonly StackSeries[];
  width: number;
  height?: number;
};

export type CountSegment = {
  seriesKey: string;
  label: string;
  color: string;
  value: number;
  y: number;
  height: number;
};

export type CountColumnModel = ColumnSlot & {
  key: string;
  label: string;
  /** Sum of the column's counts. */
  total: number;
  /** Top of the stack, for the tooltip. */
  top: number;
  /** Non-empty segments, bottom to top in series order. */
  segments: CountSegment[];
};

export type StackedCountChartModel = PlotBox & {
  columns: CountColumnModel[];
  /** Column labels along the bottom, thinned so they do not overlap. */
  xTicks: ChartTick[];
  /** Count ticks on the left. */
  yTicks: ChartTick[];
};

const MARGIN_BASE: ChartMargin = { top: 12, right: 12, bottom: 32, left: 16 };
const TICK_FONT = 11;
const TICK_GAP = 12;

/** Every `step`-th column is labelled so the labels fit: at least 1. */
export function labelStep(
  labelWidths: readonly number[],
  step: number,
): number {
  const widest = max(labelWidths) ?? 0;
  if (!(step > 0) || widest === 0) return 1;
  return Math.max(1, Math.ceil((widest + TICK_GAP) / step));
}

/**
 * Vertical bars of counts stacked per series (d3.stack, no offset), so both
 * each period's total and its parts read off the count axis (no DOM).
 */
export function stackedCountChartModel({
  columns,
  series,
  width,
  height = 280,
}: StackedCountChartModelInput): StackedCountChartModel {
  const totals = columns.map((column) =>
    series.reduce((sum, s) => sum + Math.max(0, column.values[s.key] ?? 0), 0),
  );
  const y0 = scaleLinear()
    .domain([0, Math.max(1, max(totals) ?? 0)])
    .nice(4);
  const yTickValues = y0.ticks(4);
  const yLabelWidth =
    max(yTickValues, (v) =>
      estimateTextWidth(formatChartNumber(v), TICK_FONT),
    ) ?? 0;
  const margin: ChartMargin = {
    ...MARGIN_BASE,
    left: Math.round(MARGIN_BASE.left + yLabelWidth),
  };
  const innerWidth = Math.max(60, width - margin.left - margin.right);
  const innerHeight = Math.max(40, height - margin.top - margin.bottom);
  const y = y0.range([innerHeight, 0]);
  const x = scaleBand<string>()
    .domain(columns.map((column) => column.key))
    .range([0, innerWidth])
    .paddingInner(0.2)
    .paddingOuter(0.1);

  const layers = stack<CountColumn>()
    .keys(series.map((s) => s.key))
    .value((column, key) => Math.max(0, column.values[key] ?? 0))(columns);

  const models = columns.map((column, index): CountColumnModel => {
    const segments = series.flatMap((s, seriesIndex): CountSegment[] => {
      const [start, end] = layers[seriesIndex][index];
      if (!(end - start > 0)) return [];
      return [
        {
          seriesKey: s.key,
          label: s.label,
          color: s.color,
          value: end - start,
          y: y(end),
          height: y(start) - y(end),
        },
      ];
    });
    return {
      key: column.key,
      label: column.label,
      total: totals[index],
      ...columnSlot(x, column.key),
      top: y(totals[index]),
      segments,
    };
  });

  const step = labelStep(
    columns.map((column) => estimateTextWidth(column.label, TICK_FONT)),
    x.step(),
  );
  return {
    ...plotBox(
      innerWidth + margin.left + margin.right,
      margin,
      innerWidth,
      innerHeight,
    ),
    columns: models,
    xTicks: models
      .map((column, index) => ({ column, index }))
      .filter(({ index }) => index % step === 0)
      .map(({ column, index }) => ({
        value: index,
        offset: column.centerX,
        label: column.label,
      })),
    yTicks: ticksAt(yTickValues, y, formatChartNumber),
  };
}
