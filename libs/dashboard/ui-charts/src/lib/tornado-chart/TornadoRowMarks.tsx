import { CHART_COLORS } from '../shared/chart-colors';
import type { TornadoRow } from './tornado-chart.model';

export type TornadoRowMarksProps = {
  row: TornadoRow;
  /** The row's hover target spans the whole SVG: from -margin.left, this wide. */
  marginLeft: number;
  width: number;
  onPointerEnter: () => void;
};

/** A driver's row: the low outcome's bar over the high one's, and its name on one or two lines. */
export function TornadoRowMarks({
  row,
  marginLeft,
  width,
  onPointerEnter,
}: TornadoRowMarksProps) {
  return (
    <g data-key={row.key} className="chart-bar" onPointerEnter={onPointerEnter}>
      <rect
        x={-marginLeft}
        y={row.y - 6}
        width={width}
        height={row.height + 12}
        fill="transparent"
      />
      <rect
        x={row.lowBar.x}
        y={row.y}
        width={Math.max(1, row.lowBar.width)}
        height={row.height / 2}
        fill={CHART_COLORS.barMuted}
      />
      <rect
        x={row.highBar.x}
        y={row.y + row.height / 2}
        width={Math.max(1, row.highBar.width)}
        height={row.height / 2}
        fill={CHART_COLORS.line}
      />
      {/* One or two lines, centred on the row; the full label is in the tooltip and the table. */}
      <text
        className="chart-label"
        x={-8}
        y={row.y + row.height / 2}
        textAnchor="end"
      >
        {row.labelLines.map((line, i) => (
          <tspan
            key={line}
            x={-8}
            dy={
              i === 0
                ? `${0.32 - (row.labelLines.length - 1) * 0.55}em`
                : '1.1em'
            }
          >
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
