import type { ScaleLinear } from 'd3-scale';
import type { ChartTick } from './chart-types';
import { estimateTextWidth } from './text-layout';

// Space kept between two neighbouring labels of a horizontal axis.
const LABEL_GAP = 8;

/** Whether centred labels at these offsets leave a gap between every neighbouring pair. */
export function labelsFit(ticks: readonly ChartTick[], fontSize = 12): boolean {
  return ticks.every((tick, i) => {
    const next = ticks[i + 1];
    if (!next) return true;
    const room =
      (estimateTextWidth(tick.label, fontSize) +
        estimateTextWidth(next.label, fontSize)) /
        2 +
      LABEL_GAP;
    return next.offset - tick.offset >= room;
  });
}

/**
 * Ticks of a horizontal linear axis whose labels do not overlap: d3's nice
 * ticks for `desired`, then for fewer until the labels fit (a phone-wide
 * histogram of money gets three ticks, a desktop one six). `accept` drops
 * values that make no sense on the axis, e.g. a fractional month.
 */
export function fittingTicks(
  scale: ScaleLinear<number, number>,
  desired: number,
  format: (value: number) => string,
  {
    fontSize = 12,
    accept = () => true,
  }: { fontSize?: number; accept?: (value: number) => boolean } = {},
): ChartTick[] {
  let ticks: ChartTick[] = [];
  for (let count = Math.max(1, desired); count >= 1; count -= 1) {
    ticks = scale
      .ticks(count)
      .filter(accept)
      .map((value) => ({ value, offset: scale(value), label: format(value) }));
    if (labelsFit(ticks, fontSize)) return ticks;
  }
  // Still too tight: every other tick until they fit.
  while (ticks.length > 2 && !labelsFit(ticks, fontSize))
    ticks = ticks.filter((_, i) => i % 2 === 0);
  return ticks;
}
