export type ChartCursorProps = {
  /** Where the highlighted point is, in plot coordinates. */
  x: number;
  /** How far down from the plot's top the line reaches. */
  height: number;
};

/** A vertical line through the highlighted point of a line chart. */
export function ChartCursor({ x, height }: ChartCursorProps) {
  return <line className="chart-cursor" x1={x} x2={x} y1={0} y2={height} />;
}
