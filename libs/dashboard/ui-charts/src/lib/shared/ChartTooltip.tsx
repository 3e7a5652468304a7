import type { TooltipContent } from './chart-types';

export type ChartTooltipProps = {
  content: TooltipContent;
  /** Width of the chart, to keep the tooltip inside it. */
  chartWidth: number;
};

const EDGE = 90;

/**
 * The exact numbers of the highlighted item, above it. Hidden from
 * assistive technology: the chart's table and live region carry the same.
 */
export function ChartTooltip({ content, chartWidth }: ChartTooltipProps) {
  const { x, y } = content.anchor;
  const align = x < EDGE ? 'start' : x > chartWidth - EDGE ? 'end' : 'center';
  const placement = y < 56 ? 'below' : 'above';
  return (
    <div
      className={`chart-tooltip chart-tooltip--${align} chart-tooltip--${placement}`}
      style={{ left: x, top: y }}
      aria-hidden="true"
      data-testid="chart-tooltip"
    >
      <p className="chart-tooltip__title">{content.title}</p>
      <dl className="chart-tooltip__lines">
        {content.lines.map((line) => (
          <div key={line.label} className="chart-tooltip__line">
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
