import { useMemo } from 'react';
import { CHART_COLORS } from '../shared/chart-colors';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { tornadoChartModel, type TornadoDatum } from './tornado-chart.model';

export type TornadoChartProps = {
  title: string;
  description: string;
  data: readonly TornadoDatum[];
  /** The outcome of the case as entered: where the bars start. */
  base: number;
  lowLabel: string;
  highLabel: string;
  formatValue?: (value: number) => string;
  /** The axis's labels (default formatValue), e.g. compact money. */
  formatTick?: (value: number) => string;
  testId?: string;
};

/** Sensitivity as a tornado: per driver, the outcome at its low and high value around the base case. */
export function TornadoChart({
  title,
  description,
  data,
  base,
  lowLabel,
  highLabel,
  formatValue,
  formatTick,
  testId,
}: TornadoChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () => tornadoChartModel({ data, base, width, formatValue, formatTick }),
    [data, base, width, formatValue, formatTick],
  );
  const activeItem = useActiveItem(model.rows.length);
  const active =
    activeItem.active === null ? null : model.rows[activeItem.active.index];
  const { margin } = model;
  const tooltip: TooltipContent | null = active && {
    title: active.label,
    lines: [
      { label: lowLabel, value: active.lowBar.label },
      { label: highLabel, value: active.highBar.label },
    ],
    anchor: { x: margin.left + model.baseX, y: margin.top + active.y },
  };
  return (
    <PlotFrame
      title={title}
      description={description}
      containerRef={containerRef}
      plot={model}
      activeItem={activeItem}
      tooltip={tooltip}
      testId={testId}
      table={{
        headers: ['Driver', lowLabel, highLabel],
        rows: model.rows.map((r) => [r.label, r.lowBar.label, r.highBar.label]),
      }}
      note={
        <>
          <span
            className="chart-swatch"
            style={{ background: CHART_COLORS.barMuted }}
          />{' '}
          {lowLabel}{' '}
          <span
            className="chart-swatch"
            style={{ background: CHART_COLORS.line }}
          />{' '}
          {highLabel}
        </>
      }
      axes={{ bottom: { ticks: model.ticks, grid: true } }}
    >
      {model.rows.map((row, index) => (
        <g
          key={row.key}
          data-key={row.key}
          className="chart-bar"
          onPointerEnter={() => activeItem.point(index)}
        >
          <rect
            x={-margin.left}
            y={row.y - 6}
            width={model.width}
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
      ))}
      <line
        x1={model.baseX}
        x2={model.baseX}
        y1={0}
        y2={model.innerHeight}
        stroke={CHART_COLORS.reference}
        strokeWidth={1.5}
      />
    </PlotFrame>
  );
}
