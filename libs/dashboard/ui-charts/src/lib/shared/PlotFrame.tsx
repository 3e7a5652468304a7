import type { ReactNode } from 'react';
import { AxisBottom, AxisVertical } from './Axis';
import { ChartFrame, type ChartFrameProps } from './ChartFrame';
import type { ChartTick } from './chart-types';
import type { PlotBox } from './plot-layout';

export type PlotAxis = {
  ticks: readonly ChartTick[];
  /** Grid lines across the whole plot from each tick. */
  grid?: boolean;
};

export type PlotAxes = {
  /** Under the plot. */
  bottom?: PlotAxis;
  /** One axis, or several stacked parts' axes, on the left edge. */
  left?: PlotAxis | readonly PlotAxis[];
  right?: PlotAxis;
  /** What the axes measure, written along them. */
  xTitle?: string;
  yTitle?: string;
};

export type PlotFrameProps = Omit<
  ChartFrameProps,
  'width' | 'height' | 'children'
> & {
  /** The model's size, margins and plot area. */
  plot: PlotBox;
  axes: PlotAxes;
  /** The line the bars stand on, drawn over them. */
  baseline?: 'left' | 'bottom';
  /** Drawn under the axes, e.g. a shaded band. */
  underlay?: ReactNode;
  /** Drawn over the baseline, e.g. a line across the bars. */
  overlay?: ReactNode;
  /** The model's marks, in plot coordinates (0,0 is the plot's top left). */
  children: ReactNode;
};

/**
 * The frame of every chart with axes: the accessible chart (ChartFrame:
 * title, keyboard, tooltip, legend, hidden table, empty state) with the plot
 * moved inside its margins, the axes and their titles drawn from the model's
 * ticks, and the baseline.
 */
export function PlotFrame({
  plot,
  axes,
  baseline,
  underlay,
  overlay,
  children,
  ...frame
}: PlotFrameProps) {
  const { margin, innerWidth, innerHeight } = plot;
  const left = axes.left === undefined ? [] : [axes.left].flat();
  return (
    <ChartFrame {...frame} width={plot.width} height={plot.height}>
      <g transform={`translate(${margin.left},${margin.top})`}>
        {underlay}
        {left.map((axis, index) => (
          <AxisVertical
            key={index}
            ticks={axis.ticks}
            x={0}
            side="left"
            gridLength={axis.grid ? innerWidth : 0}
          />
        ))}
        {axes.right ? (
          <AxisVertical ticks={axes.right.ticks} x={innerWidth} side="right" />
        ) : null}
        {axes.bottom ? (
          <AxisBottom
            ticks={axes.bottom.ticks}
            y={innerHeight}
            gridLength={axes.bottom.grid ? innerHeight : 0}
          />
        ) : null}
        {axes.xTitle ? (
          <text
            className="chart-axis-title"
            x={innerWidth / 2}
            y={innerHeight + 44}
            textAnchor="middle"
          >
            {axes.xTitle}
          </text>
        ) : null}
        {axes.yTitle ? (
          <text
            className="chart-axis-title"
            transform={`translate(${-margin.left + 14},${innerHeight / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {axes.yTitle}
          </text>
        ) : null}
        {children}
        {baseline === 'left' ? (
          <line className="chart-axis__baseline" y1={0} y2={innerHeight} />
        ) : null}
        {baseline === 'bottom' ? (
          <line
            className="chart-axis__baseline"
            x1={0}
            x2={innerWidth}
            y1={innerHeight}
            y2={innerHeight}
          />
        ) : null}
        {overlay}
      </g>
    </ChartFrame>
  );
}
