import { useDeferredValue, useId, type ReactNode, type Ref } from 'react';
import type { TooltipContent } from './chart-types';
import { ChartDataTable } from './ChartDataTable';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { ChartTooltip } from './ChartTooltip';
import { tooltipText } from './tooltip-text';
import type { ActiveItemControls } from './useActiveItem';

/** What every chart is given besides its data. */
export type ChartProps = {
  /** The chart's accessible name and its table's caption. */
  title: string;
  /** One or two sentences saying what the chart shows, read after the title. */
  description: string;
  /** Shown instead of the chart when it has nothing to draw. */
  empty?: ReactNode;
  testId?: string;
};

/** What a chart says in words, whatever its shape. */
export type ChartTextProps = {
  /** The chart's accessible name, e.g. "Volume by channel". */
  title: string;
  /** One or two sentences saying what the chart shows. */
  description: string;
  /** The same numbers as a visually hidden table, captioned with the title. */
  table: {
    headers: readonly string[];
    /** Cells as displayed; the first names the row. */
    rows: ReadonlyArray<readonly string[]>;
  };
  /** What the colours and lines mean, under the plot. */
  legend?: readonly LegendItem[];
  /** A sentence under the plot (and its legend), e.g. what is marked. */
  note?: ReactNode;
  /**
   * Shown instead of the whole chart while `isEmpty`; without it an empty
   * chart still draws its frame.
   */
  empty?: ReactNode;
  isEmpty?: boolean;
  testId?: string;
};

export type ChartFrameProps = ChartTextProps & {
  containerRef: Ref<HTMLDivElement>;
  width: number;
  height: number;
  activeItem: ActiveItemControls;
  tooltip: TooltipContent | null;
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
  table,
  legend,
  note,
  empty,
  isEmpty = false,
  testId,
  containerRef,
  width,
  height,
  activeItem,
  tooltip,
  children,
}: ChartFrameProps) {
  const id = useId();
  // The hidden table (a row per period: 40 % of the line chart's elements)
  // renders just after the chart is on screen, in a render of its own
  // (decision 0035).
  const tableShown = useDeferredValue(true, false);
  if (isEmpty && empty !== undefined) return <>{empty}</>;
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
      {legend ? <ChartLegend items={legend} /> : null}
      {note !== undefined ? <p className="chart-note">{note}</p> : null}
      {tableShown ? (
        <ChartDataTable
          caption={title}
          headers={table.headers}
          rows={table.rows}
        />
      ) : null}
    </div>
  );
}
