import { useId, type ReactNode, type RefObject } from 'react';
import type { TooltipContent } from './chart-types';
import { ChartTooltip } from './ChartTooltip';
import { tooltipText } from './tooltip-text';
import type { ActiveItemControls } from './useActiveItem';

export type ChartFrameProps = {
  /** The chart's accessible name, e.g. "Volume by channel". */
  title: string;
  /** One or two sentences saying what the chart shows. */
  description: string;
  containerRef: RefObject<HTMLDivElement | null>;
  width: number;
  height: number;
  activeItem: ActiveItemControls;
  tooltip: TooltipContent | null;
  /** The same numbers as a table, for screen readers (see ChartDataTable). */
  table: ReactNode;
  legend?: ReactNode;
  testId?: string;
  /** The SVG content, drawn from the chart's model. */
  children: ReactNode;
};

/**
 * What every chart shares: an `<svg role="img">` named by its `<title>` and
 * described by its `<desc>`, a focusable box whose arrow keys move between
 * items (the tooltip follows, and a live region reads the numbers out), a
 * legend and a visually hidden table of the same numbers.
 */
export function ChartFrame({
  title,
  description,
  containerRef,
  width,
  height,
  activeItem,
  tooltip,
  table,
  legend,
  testId,
  children,
}: ChartFrameProps) {
  const id = useId();
  const keyboardText =
    activeItem.active?.via === 'keyboard' ? tooltipText(tooltip) : '';
  return (
    <div className="chart" data-testid={testId}>
      <div
        ref={containerRef}
        className="chart__plot"
        role="group"
        tabIndex={0}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-hint`}
        {...activeItem.keyboardProps}
      >
        <svg
          className="chart__svg"
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          onPointerLeave={activeItem.leave}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {children}
        </svg>
        {tooltip ? <ChartTooltip content={tooltip} chartWidth={width} /> : null}
        <span id={`${id}-hint`} className="ui-visually-hidden">
          Use the arrow keys to read each value.
        </span>
        <span className="ui-visually-hidden" aria-live="polite">
          {keyboardText}
        </span>
      </div>
      {legend}
      {table}
    </div>
  );
}
