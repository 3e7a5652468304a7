import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { fittingTicks } from '../shared/axis-ticks';
import { formatChartNumber } from '../shared/chart-format';
import type { ChartMargin, ChartTick } from '../shared/chart-types';

/** A histogram bar as the API gives it: from ≤ value < to. */
export type HistogramBinDatum = { from: number; to: number; count: number };
/** A percentile marked on the histogram, e.g. P50. */
export type HistogramMarker = { label: string; value: number };

export type HistogramChartModel = {
  width: number;
  height: number;
  margin: ChartMargin;
  innerWidth: number;
  innerHeight: number;
  bars: {
    key: string;
    x: number;
    y: number;
    width: number;
    height: number;
    count: number;
    rangeLabel: string;
  }[];
  /** A marker's label sits a row higher (level 1) when it would touch the one before it. */
  markers: { label: string; x: number; valueLabel: string; level: 0 | 1 }[];
  xTicks: ChartTick[];
  yTicks: ChartTick[];
};

// Room below and left for the axis titles (what the bars count, over what).
const MARGIN: ChartMargin = { top: 36, right: 20, bottom: 54, left: 64 };
// A marker label ("P50") is about 26 px wide at 12 px bold.
const MARKER_LABEL_WIDTH = 30;

// Close markers (P10 and P50 a month apart on a phone) alternate between two rows of labels.
function staggered(
  markers: { label: string; x: number; valueLabel: string }[],
): HistogramChartModel['markers'] {
  const placed: HistogramChartModel['markers'] = [];
  for (const marker of markers) {
    const previous = placed.at(-1);
    const level =
      previous &&
      Math.abs(marker.x - previous.x) < MARKER_LABEL_WIDTH &&
      previous.level === 0
        ? 1
        : 0;
    placed.push({ ...marker, level });
  }
  return placed;
}

/** Scales and bars of a histogram with percentile markers (no DOM). */
export function histogramChartModel({
  bins,
  markers,
  width,
  height = 240,
  formatValue = formatChartNumber,
  formatTick = formatValue,
}: {
  bins: readonly HistogramBinDatum[];
  markers: readonly HistogramMarker[];
  width: number;
  height?: number;
  formatValue?: (value: number) => string;
  /** The x axis's labels, e.g. compact money ("£3m"); the bars' ranges keep formatValue. */
  formatTick?: (value: number) => string;
}): HistogramChartModel {
  const innerWidth = Math.max(60, width - MARGIN.left - MARGIN.right);
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const lo = bins.length > 0 ? bins[0].from : 0;
  const hi = bins.length > 0 ? bins[bins.length - 1].to : 1;
  // A one-value histogram (every run the same) still gets some width.
  const x = scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .range([0, innerWidth]);
  const y = scaleLinear()
    .domain([0, max(bins, (b) => b.count) ?? 1])
    .nice()
    .range([innerHeight, 0]);
  return {
    width: innerWidth + MARGIN.left + MARGIN.right,
    height,
    margin: MARGIN,
    innerWidth,
    innerHeight,
    bars: bins.map((b, i) => {
      const left = lo === hi ? x(lo) - innerWidth / 4 : x(b.from);
      const right = lo === hi ? x(lo) + innerWidth / 4 : x(b.to);
      return {
        key: String(i),
        x: left + 0.5,
        y: y(b.count),
        width: Math.max(1, right - left - 1),
        height: innerHeight - y(b.count),
        count: b.count,
        rangeLabel: `${formatValue(b.from)} – ${formatValue(b.to)}`,
      };
    }),
    markers: staggered(
      markers.map((m) => ({
        label: m.label,
        x: x(m.value),
        valueLabel: formatValue(m.value),
      })),
    ),
    xTicks: fittingTicks(x, 6, formatTick),
    yTicks: y.ticks(4).map((value) => ({
      value,
      offset: y(value),
      label: formatChartNumber(value),
    })),
  };
}
