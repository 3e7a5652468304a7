import { LineMarkerShape } from './LineMarkerShape';
import type { LineColumn } from './line-chart.model';

export type LineColumnsProps = {
  columns: readonly LineColumn[];
  activeIndex: number | null;
  innerHeight: number;
  onPoint: (index: number) => void;
};

/** Each period's hover band across the plot, with its points on the lines. */
export function LineColumns({
  columns,
  activeIndex,
  innerHeight,
  onPoint,
}: LineColumnsProps) {
  return columns.map((column, index) => (
    <g
      key={column.key}
      className={
        index === activeIndex
          ? 'chart-column chart-column--active'
          : 'chart-column'
      }
      data-key={column.key}
      onPointerEnter={() => onPoint(index)}
    >
      <rect
        className="chart-column__band"
        x={column.bandX}
        y={0}
        width={column.bandWidth}
        height={innerHeight}
      />
      {column.markers.map((marker) => (
        <LineMarkerShape
          key={marker.seriesKey}
          marker={marker}
          active={index === activeIndex}
        />
      ))}
    </g>
  ));
}
