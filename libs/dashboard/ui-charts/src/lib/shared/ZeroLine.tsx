import { CHART_COLORS } from './chart-colors';

export type ZeroLineProps = {
  /** y of zero on the value axis. */
  y: number;
  /** The plot's width. */
  length: number;
};

/** The line a cumulative cash flow must cross to pay back. */
export function ZeroLine({ y, length }: ZeroLineProps) {
  return (
    <line
      x1={0}
      x2={length}
      y1={y}
      y2={y}
      stroke={CHART_COLORS.reference}
      strokeWidth={1.5}
    />
  );
}
