import type { ParetoChartModel } from './pareto-chart.model';

export type ParetoLabelsProps = {
  model: ParetoChartModel;
};

const LINE_HEIGHT = 14;

/** Category names under the bars: wrapped on two lines, or rotated. */
export function ParetoLabels({ model }: ParetoLabelsProps) {
  const top = model.innerHeight + 8;
  return (
    <g className="chart-label" aria-hidden="true">
      {model.bars.map((bar) =>
        model.labelMode === 'rotated' ? (
          <text
            key={bar.key}
            transform={`translate(${bar.centerX},${top}) rotate(${model.labelAngle})`}
            textAnchor="end"
            dy="0.71em"
          >
            <title>{bar.label}</title>
            {bar.labelLines[0]}
          </text>
        ) : (
          <text key={bar.key} x={bar.centerX} y={top} textAnchor="middle">
            {bar.labelLines.map((line, index) => (
              <tspan
                key={index}
                x={bar.centerX}
                dy={index === 0 ? '0.71em' : LINE_HEIGHT}
              >
                {line}
              </tspan>
            ))}
          </text>
        ),
      )}
    </g>
  );
}
