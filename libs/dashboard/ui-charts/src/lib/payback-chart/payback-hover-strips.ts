import type { HoverStrip } from '../shared/HoverStrips';
import type { PaybackChartModel } from './payback-chart.model';

/**
 * Each month's hover target: a month's step wide, centred on its point (the
 * whole plot for a single month).
 */
export function paybackHoverStrips(
  dots: PaybackChartModel['dots'],
  innerWidth: number,
): HoverStrip[] {
  const step = dots.length > 1 ? dots[1].x - dots[0].x : innerWidth;
  return dots.map((dot) => ({
    key: dot.month,
    x: dot.x - step / 2,
    width: step,
  }));
}
