import type { ChartTick } from './chart-types';

export type AxisProps = {
  ticks: readonly ChartTick[];
  /** Length of the grid lines across the plot; 0 draws none. */
  gridLength?: number;
};

/**
 * Axes drawn in JSX from a model's ticks (d3 computed them), so React owns
 * every node and the ticks are testable without a DOM.
 */
export function AxisBottom({
  ticks,
  y,
  gridLength = 0,
}: AxisProps & { y: number }) {
  return (
    <g
      className="chart-axis"
      transform={`translate(0,${y})`}
      aria-hidden="true"
    >
      {ticks.map((tick) => (
        <g key={tick.value} transform={`translate(${tick.offset},0)`}>
          {gridLength > 0 ? (
            <line className="chart-axis__grid" y1={-gridLength} y2={0} />
          ) : null}
          <line className="chart-axis__tick" y2={5} />
          <text y={18} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A vertical axis on the left (labels before the ticks) or right. */
export function AxisVertical({
  ticks,
  x,
  side,
  gridLength = 0,
}: AxisProps & { x: number; side: 'left' | 'right' }) {
  const direction = side === 'left' ? -1 : 1;
  return (
    <g
      className="chart-axis"
      transform={`translate(${x},0)`}
      aria-hidden="true"
    >
      {ticks.map((tick) => (
        <g key={tick.value} transform={`translate(0,${tick.offset})`}>
          {gridLength > 0 ? (
            <line className="chart-axis__grid" x1={0} x2={gridLength} />
          ) : null}
          <line className="chart-axis__tick" x2={5 * direction} />
          <text
            x={8 * direction}
            dy="0.32em"
            textAnchor={side === 'left' ? 'end' : 'start'}
          >
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
