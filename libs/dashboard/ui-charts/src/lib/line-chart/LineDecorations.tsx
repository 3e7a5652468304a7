import type { LineChartModel } from './line-chart.model';

export type LineDecorationsProps = {
  band: LineChartModel['band'];
  references: LineChartModel['references'];
  innerWidth: number;
};

/** Dashed horizontal lines, e.g. a benchmark, each labelled at its right end. */
export function LineReferences({
  references,
  innerWidth,
}: Omit<LineDecorationsProps, 'band'>) {
  return (
    <>
      {references.map((r) => (
        <g key={r.key} className="chart-reference">
          <line
            className="chart-threshold"
            x1={0}
            x2={innerWidth}
            y1={r.y}
            y2={r.y}
          />
          <text
            className="chart-reference__label"
            x={innerWidth - 4}
            y={r.y - 6}
            textAnchor="end"
          >
            {r.displayLabel}
          </text>
        </g>
      ))}
    </>
  );
}

/** A shaded horizontal band with its label in the top left corner. */
export function LineBandArea({
  band,
  innerWidth,
}: Omit<LineDecorationsProps, 'references'>) {
  if (!band) return null;
  return (
    <g className="chart-band">
      <rect
        className="chart-band__area"
        x={0}
        y={band.y}
        width={innerWidth}
        height={band.height}
      />
      <text className="chart-band__label" x={6} y={band.labelY}>
        {band.label}
      </text>
    </g>
  );
}
