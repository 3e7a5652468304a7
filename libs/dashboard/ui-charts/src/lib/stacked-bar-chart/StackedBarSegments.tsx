import type { StackedBar } from './stacked-bar-chart.model';

export type StackedBarSegmentsProps = {
  bar: StackedBar;
};

/** One bar's parts, each with its share written inside when it fits. */
export function StackedBarSegments({ bar }: StackedBarSegmentsProps) {
  return bar.segments.map((segment) => (
    <g key={segment.seriesKey}>
      <rect
        className="chart-segment"
        x={segment.x}
        y={bar.y}
        width={segment.width}
        height={bar.height}
        fill={segment.color}
      />
      {segment.inlineLabel ? (
        <text
          className="chart-segment__label"
          x={segment.x + segment.width / 2}
          y={bar.centerY}
          dy="0.32em"
          textAnchor="middle"
          fill={segment.textColor}
        >
          {segment.inlineLabel}
        </text>
      ) : null}
    </g>
  ));
}
