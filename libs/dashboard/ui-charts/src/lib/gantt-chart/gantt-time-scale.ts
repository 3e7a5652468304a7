import { max, min } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { ChartTick } from '../shared/chart-types';

const DAY_MS = 86_400_000;

/** A calendar day (ISO YYYY-MM-DD) at midnight UTC. */
export function calendarDay(date: string): Date {
  return utcDay(new Date(`${date}T00:00:00Z`));
}

/** Midnight UTC at the end of the day: where a span that ends on it stops. */
export function dayAfter(date: string): Date {
  return new Date(calendarDay(date).getTime() + DAY_MS);
}

export type GanttTimeScale = {
  x: ScaleTime<number, number>;
  ticks: ChartTick[];
};

/**
 * The time axis of a Gantt chart: from the first day to the end of the last
 * one (so both are whole), with a tick per 90 px or so, labelled by month
 * over 150 days ("Mar 2026"), else by day ("2 Mar").
 */
export function ganttTimeScale(
  dates: readonly string[],
  innerWidth: number,
): GanttTimeScale {
  const days = dates.map(calendarDay);
  const first = min(days) ?? new Date(0);
  const last = max(days) ?? first;
  const x = scaleUtc()
    .domain([first, new Date(last.getTime() + DAY_MS)])
    .range([0, innerWidth]);
  const spanDays = (last.getTime() - first.getTime()) / DAY_MS;
  const format = utcFormat(spanDays > 150 ? '%b %Y' : '%-d %b');
  const ticks = x
    .ticks(Math.max(2, Math.floor(innerWidth / 90)))
    .map((tick) => ({
      value: tick.getTime(),
      offset: x(tick),
      label: format(tick),
    }));
  return { x, ticks };
}
