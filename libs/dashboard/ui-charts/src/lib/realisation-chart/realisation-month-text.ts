import type { ChartMargin, TooltipContent } from '../shared/chart-types';
import type { RealisationChartModel } from './realisation-chart.model';

type Month = RealisationChartModel['months'][number];

/** The table's columns, in the order of `realisationTableRow`. */
export const REALISATION_TABLE_HEADERS = [
  'Month',
  'Planned benefit',
  'Realised benefit',
  'Planned cumulative',
  'Forecast cumulative',
] as const;

export function realisationTableRow(m: Month): string[] {
  return [
    String(m.month),
    m.plannedBenefit,
    m.realisedBenefit,
    m.plannedCumulative,
    m.forecastCumulative,
  ];
}

/**
 * A month's tooltip at its forecast point: its benefits (none for month 0,
 * the programme start) and both cumulatives.
 */
export function realisationTooltip(
  m: Month,
  margin: ChartMargin,
): TooltipContent {
  return {
    title: m.month === 0 ? 'Month 0 (programme start)' : `Month ${m.month}`,
    lines: [
      ...(m.month === 0
        ? []
        : [
            { label: 'Planned benefit', value: m.plannedBenefit },
            { label: 'Realised benefit', value: m.realisedBenefit },
          ]),
      { label: 'Planned cumulative', value: m.plannedCumulative },
      { label: 'Forecast cumulative', value: m.forecastCumulative },
    ],
    anchor: { x: margin.left + m.x, y: margin.top + m.forecastY },
  };
}
