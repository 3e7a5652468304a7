import type { ReactNode } from 'react';
import type { ColumnSlot, PlotBox, RowSlot } from './plot-layout';
import type { ActiveItemControls } from './useActiveItem';

type Band = { x: number; y: number; width: number; height: number };

export type ChartItemProps = {
  itemKey: string;
  /** The item's whole step, highlighted on hover: a generous target. */
  band: Band;
  /** Highlights the band while the keyboard or pointer is on the item. */
  active?: boolean;
  onPointerEnter: () => void;
  /** More data attributes for tests and styles, e.g. `data-total`. */
  data?: Record<`data-${string}`, string | number>;
  children: ReactNode;
};

/** One bar or column of a bar-shaped chart with its hover band. */
export function ChartItem({
  itemKey,
  band,
  active = false,
  onPointerEnter,
  data,
  children,
}: ChartItemProps) {
  return (
    <g
      className={active ? 'chart-bar chart-bar--active' : 'chart-bar'}
      data-key={itemKey}
      {...data}
      onPointerEnter={onPointerEnter}
    >
      <rect className="chart-bar__band" {...band} />
      {children}
    </g>
  );
}

/** A row's name in the label column, right-aligned to the plot's edge. */
export function RowLabel({ y, text }: { y: number; text: string }) {
  return (
    <text className="chart-label" x={-8} y={y} dy="0.32em" textAnchor="end">
      {text}
    </text>
  );
}

type ItemListProps<T> = {
  plot: PlotBox;
  activeItem: ActiveItemControls;
  /**
   * Whether the active item's band is highlighted too; off where the bar's
   * own colour shows it.
   */
  highlightBand?: boolean;
  /** The item's marks, drawn over its band. */
  children: (item: T, active: boolean) => ReactNode;
};

export type BarRowsProps<T> = ItemListProps<T> & {
  rows: readonly T[];
  /** Text right of the bar, e.g. its value. */
  value?: (row: T) => { x: number; text: string; className?: string } | null;
};

/**
 * The rows of a horizontal bar chart: each with a band across the whole
 * SVG, its bar (children), its label in the label column and an optional
 * value after the bar.
 */
export function BarRows<
  T extends RowSlot & { key: string; displayLabel: string },
>({
  rows,
  plot,
  activeItem,
  highlightBand = true,
  value,
  children,
}: BarRowsProps<T>) {
  return rows.map((row, index) => {
    const active = activeItem.active?.index === index;
    const trailing = value?.(row);
    return (
      <ChartItem
        key={row.key}
        itemKey={row.key}
        band={{
          x: -plot.margin.left,
          y: row.bandY,
          width: plot.width,
          height: row.bandHeight,
        }}
        active={highlightBand && active}
        onPointerEnter={() => activeItem.point(index)}
      >
        {children(row, active)}
        <RowLabel y={row.centerY} text={row.displayLabel} />
        {trailing ? (
          <text
            className={trailing.className ?? 'chart-value'}
            x={trailing.x}
            y={row.centerY}
            dy="0.32em"
          >
            {trailing.text}
          </text>
        ) : null}
      </ChartItem>
    );
  });
}

export type BarColumnsProps<T> = ItemListProps<T> & {
  columns: readonly T[];
  /** How far the bands reach up and down: the plot, or the whole SVG. */
  bandSpan: 'plot' | 'svg';
  data?: (column: T) => ChartItemProps['data'];
};

/** The columns of a vertical bar chart, each with its band. */
export function BarColumns<T extends ColumnSlot & { key: string }>({
  columns,
  plot,
  activeItem,
  highlightBand = true,
  bandSpan,
  data,
  children,
}: BarColumnsProps<T>) {
  const [y, height] =
    bandSpan === 'plot'
      ? [0, plot.innerHeight]
      : [-plot.margin.top, plot.height];
  return columns.map((column, index) => {
    const active = activeItem.active?.index === index;
    return (
      <ChartItem
        key={column.key}
        itemKey={column.key}
        data={data?.(column)}
        band={{ x: column.bandX, y, width: column.bandWidth, height }}
        active={highlightBand && active}
        onPointerEnter={() => activeItem.point(index)}
      >
        {children(column, active)}
      </ChartItem>
    );
  });
}

/** A bar's rectangle from its model. */
export function barRect(bar: {
  x?: number;
  y: number;
  width: number;
  height: number;
}): Band {
  return { x: bar.x ?? 0, y: bar.y, width: bar.width, height: bar.height };
}
