import type { ReactNode } from 'react';
import type { RowSlot } from './plot-layout';

export type ChartItemProps = {
  itemKey: string;
  /** The item's whole step, highlighted on hover: a generous target. */
  band: { x: number; y: number; width: number; height: number };
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
      <rect
        className="chart-bar__band"
        x={band.x}
        y={band.y}
        width={band.width}
        height={band.height}
      />
      {children}
    </g>
  );
}

export type BarRowProps = Omit<ChartItemProps, 'band' | 'itemKey'> & {
  row: RowSlot & { key: string; displayLabel: string };
  /** The band spans the whole SVG: from -margin.left, `frameWidth` wide. */
  marginLeft: number;
  frameWidth: number;
  /** Text right of the bar, e.g. its value. */
  value?: { x: number; text: string; className?: string } | null;
};

/**
 * One row of a horizontal bar chart: its band, the bar (children), the
 * label in the label column and an optional value after the bar.
 */
export function BarRow({
  row,
  marginLeft,
  frameWidth,
  value,
  children,
  ...item
}: BarRowProps) {
  return (
    <ChartItem
      {...item}
      itemKey={row.key}
      band={{
        x: -marginLeft,
        y: row.bandY,
        width: frameWidth,
        height: row.bandHeight,
      }}
    >
      {children}
      <text
        className="chart-label"
        x={-8}
        y={row.centerY}
        dy="0.32em"
        textAnchor="end"
      >
        {row.displayLabel}
      </text>
      {value ? (
        <text
          className={value.className ?? 'chart-value'}
          x={value.x}
          y={row.centerY}
          dy="0.32em"
        >
          {value.text}
        </text>
      ) : null}
    </ChartItem>
  );
}
