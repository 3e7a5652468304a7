import { useMemo } from 'react';
import type { LegendItem } from '../shared/ChartLegend';
import type { ChartProps } from '../shared/ChartFrame';
import { PlotFrame } from '../shared/PlotFrame';
import type { TooltipContent } from '../shared/chart-types';
import { useActiveItem } from '../shared/useActiveItem';
import { useContainerWidth } from '../shared/useContainerWidth';
import { GanttRowMarks } from './GanttRowMarks';
import { GanttToday } from './GanttToday';
import { ganttChartModel, type GanttRow } from './gantt-chart.model';
import { ganttRowLines, ganttTableRow } from './gantt-text';

export type GanttChartProps = Omit<ChartProps, 'empty'> & {
  rows: readonly GanttRow[];
  /** ISO date of today's line. */
  today?: string | null;
  legend?: readonly LegendItem[];
  rowHeight?: number;
  /** Header of the row column in the hidden table, e.g. "Department". */
  rowHeader: string;
};

/**
 * Rows of dated bars (phases) with markers (go-live, gates, tasks) and a
 * today line, drawn with a d3 UTC time scale. Hover or arrow keys read a
 * row's details; every bar and marker also carries an SVG <title>.
 */
export function GanttChart({
  title,
  description,
  rows,
  today,
  legend,
  rowHeight,
  rowHeader,
  testId,
}: GanttChartProps) {
  const [containerRef, width] = useContainerWidth<HTMLDivElement>();
  const model = useMemo(
    () => ganttChartModel({ rows, today, width, rowHeight }),
    [rows, today, width, rowHeight],
  );
  const activeItem = useActiveItem(model.rows.length);
  const activeRow =
    activeItem.active === null ? null : model.rows[activeItem.active.index];
  const { margin } = model;
  const tooltip: TooltipContent | null = activeRow && {
    title: activeRow.label,
    lines: ganttRowLines(activeRow),
    anchor: {
      x: margin.left + (activeRow.bars[0]?.x ?? 0),
      y: margin.top + activeRow.y + 4,
    },
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
      legend={legend}
      table={{
        headers: [rowHeader, 'Spans', 'Markers'],
        rows: model.rows.map(ganttTableRow),
      }}
      axes={{ bottom: { ticks: model.ticks, grid: true } }}
      baseline="left"
    >
      {model.rows.map((row, index) => (
        <GanttRowMarks
          key={row.key}
          row={row}
          active={activeRow?.key === row.key}
          marginLeft={margin.left}
          width={model.width}
          onPointerEnter={() => activeItem.point(index)}
        />
      ))}
      {model.todayX !== null ? (
        <GanttToday x={model.todayX} innerHeight={model.innerHeight} />
      ) : null}
    </PlotFrame>
  );
}
