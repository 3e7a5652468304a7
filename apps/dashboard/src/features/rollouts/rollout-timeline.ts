import type { RolloutPlanFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import type {
  GanttMarker,
  GanttRow,
  LegendItem,
} from '@esm-planner/dashboard-ui-charts';
import { PHASE_COLORS, phaseLabel, ROLLOUT_PHASES } from './rollout-labels';
import { formatShortDateRange } from '../formatting/format';

/**
 * The 90 days as Gantt rows: one row per phase with its band, its tasks as
 * markers on their due dates (done, open, overdue) and, on the full-rollout
 * row, the go-live milestone (day 61).
 */
export function rolloutTimelineRows(
  plan: RolloutPlanFieldsFragment,
): GanttRow[] {
  return plan.phases.map((phase) => {
    const tasks = plan.tasks.filter((task) => task.phase === phase.name);
    const markers: GanttMarker[] = tasks.map((task) => ({
      key: task.id,
      date: task.dueDate,
      kind: task.done
        ? 'task-done'
        : task.overdue
          ? 'task-overdue'
          : 'task-open',
      label: `${task.title}: ${task.done ? 'done' : task.overdue ? 'overdue' : 'open'}, due`,
    }));
    if (phase.name === 'FULL_ROLLOUT_AND_EXPAND') {
      markers.unshift({
        key: 'go-live',
        date: plan.goLiveDate,
        kind: 'milestone',
        label: 'Go-live (day 61)',
      });
    }
    const done = tasks.filter((task) => task.done).length;
    return {
      key: phase.name,
      label: phaseLabel(phase.name),
      bars: [
        {
          key: phase.name,
          label: phaseLabel(phase.name),
          start: phase.startDate,
          end: phase.endDate,
          color: PHASE_COLORS[phase.name],
        },
      ],
      markers,
      details: [
        {
          label: 'Dates',
          value: formatShortDateRange(phase.startDate, phase.endDate),
        },
        { label: 'Tasks done', value: `${done} of ${tasks.length}` },
        {
          label: 'Overdue',
          value: String(tasks.filter((task) => task.overdue).length),
        },
      ],
    };
  });
}

export const PHASE_LEGEND: readonly LegendItem[] = ROLLOUT_PHASES.map(
  (phase) => ({
    key: phase,
    label: phaseLabel(phase),
    color: PHASE_COLORS[phase],
    group: 'Phases',
  }),
);

export const MARKER_LEGEND: readonly LegendItem[] = [
  { key: 'done', label: 'Task done', color: '#0e7a4f', group: 'Tasks' },
  { key: 'open', label: 'Task open', color: '#525d6b', group: 'Tasks' },
  { key: 'overdue', label: 'Task overdue', color: '#b42318', group: 'Tasks' },
  {
    key: 'today',
    label: 'Today',
    color: '#b42318',
    shape: 'dashed',
    group: 'Dates',
  },
];
