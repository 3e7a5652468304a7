import type { CountColumnModel } from './stacked-count-chart.model';

export type StackedCountSegmentsProps = {
  column: CountColumnModel;
};

/** One column's counts, stacked bottom to top in series order. */
export function StackedCountSegments({ column }: StackedCountSegmentsProps) {
  return column.segments.map((segment) => (
    <rect
      key={segment.seriesKey}
      className="chart-segment"
      x={column.x}
      y={segment.y}
      width={column.width}
      height={segment.height}
      fill={segment.color}
    />
  ));
}
