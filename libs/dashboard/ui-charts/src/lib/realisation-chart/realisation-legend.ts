import { CHART_COLORS } from '../shared/chart-colors';
import type { LegendItem } from '../shared/ChartLegend';

/** The realisation chart's colours: planned muted, what happened strong. */
export const REALISATION_COLORS = {
  plannedBar: CHART_COLORS.barMuted,
  realisedBar: CHART_COLORS.bar,
  plannedLine: CHART_COLORS.reference,
  forecastLine: CHART_COLORS.line,
} as const;

/** The bars grouped as each month's, the lines as the cumulative cash flow. */
export const REALISATION_LEGEND: readonly LegendItem[] = [
  {
    key: 'planned-benefit',
    label: 'Planned benefit',
    color: REALISATION_COLORS.plannedBar,
    group: 'Each month',
  },
  {
    key: 'realised-benefit',
    label: 'Realised benefit',
    color: REALISATION_COLORS.realisedBar,
    group: 'Each month',
  },
  {
    key: 'planned-cumulative',
    label: 'Planned',
    color: REALISATION_COLORS.plannedLine,
    shape: 'dashed',
    group: 'Cumulative cash flow',
  },
  {
    key: 'forecast-cumulative',
    label: 'Forecast from the actuals',
    color: REALISATION_COLORS.forecastLine,
    shape: 'line',
    group: 'Cumulative cash flow',
  },
];
