import type { TooltipLine } from '../shared/chart-types';
import type { GanttRowModel } from './gantt-chart.model';

type RowText = Pick<GanttRowModel, 'label' | 'details' | 'bars' | 'markers'>;

/** A row's tooltip: its own details, else each bar's dates. */
export function ganttRowLines(row: RowText): readonly TooltipLine[] {
  return row.details.length > 0
    ? row.details
    : row.bars.map((bar) => ({
        label: bar.label,
        value: `${bar.start} – ${bar.end}`,
      }));
}

/** A row of the hidden table: its name, its spans, its markers. */
export function ganttTableRow(row: RowText): string[] {
  return [
    row.label,
    row.bars.map((bar) => `${bar.label} ${bar.start} – ${bar.end}`).join('; '),
    row.markers.map((marker) => `${marker.label} ${marker.date}`).join('; '),
  ];
}
