/** Space around the plot area, in pixels. */
export type ChartMargin = {
  top: number;
  right: number;
  bottom: number;
  left: number;
};

/** An axis tick: its value, its position along the axis, and its text. */
export type ChartTick = {
  value: number;
  /** Pixels from the start of the axis (left for x, top for y). */
  offset: number;
  label: string;
};

/** A line of a chart's tooltip: "Requests: 1,180". */
export type TooltipLine = {
  label: string;
  value: string;
};

/** What the tooltip shows for the item under the pointer or keyboard focus. */
export type TooltipContent = {
  title: string;
  lines: readonly TooltipLine[];
  /** Where the tooltip points, in SVG pixels from the top left. */
  anchor: { x: number; y: number };
};
