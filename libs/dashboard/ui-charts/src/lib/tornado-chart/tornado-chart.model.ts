import { scaleLinear } from 'd3';
import { formatChartNumber } from '../shared/chart-format';
import type { ChartMargin, ChartTick } from '../shared/chart-types';

/** One driver: the outcome with the driver lower and higher, around the base case. */
export type TornadoDatum = { key: string; label: string; low: number; high: number };

export type TornadoRow = {
  key: string;
  label: string;
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
const MARGIN: ChartMargin = { top: 8, right: 24, bottom: 32, left: 150 };

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
}: {
  data: readonly TornadoDatum[];
  base: number;
  width: number;
  formatValue?: (value: number) => string;
}): TornadoChartModel {
  const innerWidth = Math.max(80, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(ROW_STEP, data.length * ROW_STEP);
  const values = data.flatMap((d) => [d.low, d.high]).concat(base);
  const x = scaleLinear().domain([Math.min(...values), Math.max(...values)]).nice().range([0, innerWidth]);
  const baseX = x(base);
  return {
    width: innerWidth + MARGIN.left + MARGIN.right,
    height: innerHeight + MARGIN.top + MARGIN.bottom,
    margin: MARGIN,
    innerWidth,
    innerHeight,
    baseX,
    rows: data.map((d, i) => ({
      key: d.key,
      label: d.label,
      y: i * ROW_STEP + 6,
      height: ROW_STEP - 12,
      lowBar: bar(baseX, x(d.low), formatValue(d.low)),
      highBar: bar(baseX, x(d.high), formatValue(d.high)),
    })),
    ticks: x.ticks(5).map((value) => ({ value, offset: x(value), label: formatValue(value) })),
  };
}
