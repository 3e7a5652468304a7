import type { PaybackMark } from './realisation-chart.model';

type MarkText = { key: PaybackMark['key']; label: string; short: string };

const PLANNED: MarkText = {
  key: 'planned',
  label: 'planned payback',
  short: 'plan',
};
const FORECAST: MarkText = {
  key: 'forecast',
  label: 'forecast payback',
  short: 'forecast',
};

function mark(
  { key, label, short }: MarkText,
  month: number | null,
  x: (month: number) => number,
  first: boolean,
): PaybackMark[] {
  return month === null
    ? []
    : [
        {
          key,
          month,
          x: x(month),
          label: `${label} ${month.toFixed(1)} months`,
          shortLabel: `${short} ${month.toFixed(1)}`,
          anchor: first ? 'end' : 'start',
        },
      ];
}

/**
 * The planned and forecast paybacks on the month axis, where they fall in
 * the horizon; the earlier mark's text goes left of its line, the later
 * one's right, so the two labels part.
 */
export function paybackMarks(
  plannedMonths: number | null,
  forecastMonths: number | null,
  x: (month: number) => number,
): PaybackMark[] {
  const plannedFirst = (plannedMonths ?? 0) <= (forecastMonths ?? Infinity);
  return [
    ...mark(PLANNED, plannedMonths, x, plannedFirst),
    ...mark(FORECAST, forecastMonths, x, !plannedFirst),
  ];
}
