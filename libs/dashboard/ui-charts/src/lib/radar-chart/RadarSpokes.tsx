import { CHART_COLORS } from '../shared/chart-colors';
import type { RadarChartModel } from './radar-chart.model';

export type RadarSpokesProps = {
  model: Pick<RadarChartModel, 'cx' | 'cy' | 'spokes'>;
  activeIndex: number | null;
  onPoint: (index: number) => void;
};

/** A spoke per axis from the centre to the rim, with its label; the highlighted one darker. */
export function RadarSpokes({ model, activeIndex, onPoint }: RadarSpokesProps) {
  return model.spokes.map((spoke, index) => (
    <g
      key={spoke.key}
      className="chart-radar-spoke"
      data-key={spoke.key}
      onPointerEnter={() => onPoint(index)}
    >
      <line
        x1={model.cx}
        y1={model.cy}
        x2={spoke.x}
        y2={spoke.y}
        stroke={
          index === activeIndex ? CHART_COLORS.reference : CHART_COLORS.grid
        }
        strokeWidth={index === activeIndex ? 2 : 1}
      />
      <text
        className="chart-label"
        x={spoke.labelX}
        y={spoke.labelY}
        textAnchor={spoke.anchor}
      >
        {spoke.lines.map((line, i) => (
          <tspan key={line} x={spoke.labelX} dy={i === 0 ? 0 : '1.15em'}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  ));
}
