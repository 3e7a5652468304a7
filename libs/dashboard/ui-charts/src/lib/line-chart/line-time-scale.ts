import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonday, utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { ChartTick } from '../shared/chart-types';

// Fewer ticks than one per 64 px and their labels would touch.
const MIN_TICK_GAP = 64;
const DAY_MS = 864e5;

/** A period's first day (`YYYY-MM-DD`, a calendar day) as midnight UTC. */
export function periodStart(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

/** How a tick reads: "2 Mar" for weeks, "Mar 2026" for months. */
export function periodTickFormat(
  grain: 'week' | 'month',
): (date: Date) => string {
  return utcFormat(grain === 'week' ? '%-d %b' : '%b %Y');
}

/** Ticks on Mondays or first days of the month, as many as fit. */
export function timeTicks(
  start: Date,
  end: Date,
  grain: 'week' | 'month',
  innerWidth: number,
): Date[] {
  const interval = grain === 'week' ? utcMonday : utcMonth;
  const all = interval.range(start, new Date(end.getTime() + 1));
  const fit = Math.max(1, Math.floor(innerWidth / MIN_TICK_GAP));
  const step = Math.max(1, Math.ceil(all.length / fit));
  return all.filter((_, index) => index % step === 0);
}

/**
 * The x scale from the first period to the last; one period alone sits in
 * the middle of the plot (a day either side).
 */
export function periodScale(
  start: Date,
  end: Date,
  innerWidth: number,
): ScaleTime<number, number> {
  const single = start.getTime() === end.getTime();
  return scaleUtc()
    .domain(
      single
        ? [new Date(start.getTime() - DAY_MS), new Date(end.getTime() + DAY_MS)]
        : [start, end],
    )
    .range([0, innerWidth]);
}

/** The x axis's ticks: `timeTicks` placed on the scale and labelled. */
export function periodTicks(
  x: ScaleTime<number, number>,
  start: Date,
  end: Date,
  grain: 'week' | 'month',
  innerWidth: number,
): ChartTick[] {
  const format = periodTickFormat(grain);
  return timeTicks(start, end, grain, innerWidth).map((d) => ({
    value: d.getTime(),
    offset: x(d),
    label: format(d),
  }));
}
