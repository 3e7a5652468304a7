import type { TooltipLine } from '../shared/chart-types';
import type { ParetoBar } from './pareto-chart.model';

export type ParetoTextOptions = {
  /** e.g. "Requests". */
  countHeader: string;
  /** Whether the data carries each category's own share. */
  hasShare: boolean;
  formatCount: (value: number) => string;
  formatShare: (fraction: number) => string;
};

/** The table's columns, in the order of `paretoLines`. */
export function paretoHeaders(
  categoryHeader: string,
  {
    countHeader,
    hasShare,
  }: Pick<ParetoTextOptions, 'countHeader' | 'hasShare'>,
): string[] {
  return [
    categoryHeader,
    countHeader,
    ...(hasShare ? ['Share'] : []),
    'Cumulative',
  ];
}

/** A category's count, its own share (when the data has shares) and the cumulative share. */
export function paretoLines(
  bar: Pick<ParetoBar, 'count' | 'share' | 'cumulativeShare'>,
  { countHeader, hasShare, formatCount, formatShare }: ParetoTextOptions,
): TooltipLine[] {
  return [
    { label: countHeader, value: formatCount(bar.count) },
    ...(hasShare
      ? [
          {
            label: 'Share',
            value: bar.share === undefined ? '' : formatShare(bar.share),
          },
        ]
      : []),
    { label: 'Cumulative', value: formatShare(bar.cumulativeShare) },
  ];
}
