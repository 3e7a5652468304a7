import { REALISATION_COLORS } from './realisation-legend';
import type { PaybackMark } from './realisation-chart.model';

export type RealisationPaybackMarksProps = {
  marks: readonly PaybackMark[];
  /** Top and bottom of the cumulative panel, and its zero line. */
  linesTop: number;
  bottom: number;
  zeroY: number;
};

/** Each payback as a dotted line through the cumulative panel, a dot on zero and a short label. */
export function RealisationPaybackMarks({
  marks,
  linesTop,
  bottom,
  zeroY,
}: RealisationPaybackMarksProps) {
  return marks.map((mark) => {
    const color =
      mark.key === 'planned'
        ? REALISATION_COLORS.plannedLine
        : REALISATION_COLORS.forecastLine;
    return (
      <g
        key={mark.key}
        data-testid={`realisation-payback-${mark.key}`}
        data-x={mark.x.toFixed(1)}
      >
        <line
          x1={mark.x}
          x2={mark.x}
          y1={linesTop}
          y2={bottom}
          stroke={color}
          strokeDasharray="3 3"
        />
        <circle cx={mark.x} cy={zeroY} r={4} fill={color} />
        <text
          className="chart-reference__label"
          x={mark.x + (mark.anchor === 'start' ? 4 : -4)}
          y={linesTop + 12}
          textAnchor={mark.anchor}
        >
          {mark.shortLabel}
        </text>
      </g>
    );
  });
}
