import type { ChartTick } from '../shared/chart-types';

/** Whole-month ticks from 0, about one label per 48 px, at a step of 1, 2, 3, 4, 6, 12 or 24 months. */
export function monthTicks(
  horizon: number,
  x: (value: number) => number,
  width: number,
): ChartTick[] {
  const step = Math.max(
    1,
    Math.ceil(horizon / Math.max(2, Math.floor(width / 48))),
  );
  const nice =
    [1, 2, 3, 4, 6, 12, 24].find((candidate) => candidate >= step) ?? step;
  const ticks: ChartTick[] = [];
  for (let month = 0; month <= horizon; month += nice)
    ticks.push({ value: month, offset: x(month), label: String(month) });
  return ticks;
}
