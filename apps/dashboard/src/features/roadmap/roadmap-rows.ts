import type { RoadmapFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import type {
  GanttMarker,
  GanttRow,
  LegendItem,
} from '@esm-planner/dashboard-ui-charts';
import type { CsvColumn } from '@esm-planner/shared-util-csv';
import { PHASE_COLORS, phaseLabel } from '../rollouts/rollout-labels';
import { formatDate } from '../formatting/format';

export type RoadmapItem = RoadmapFieldsFragment['items'][number];

const CONSTRAINT_LABELS: Readonly<
  Record<NonNullable<RoadmapItem['constraint']>, string>
> = {
  AS_OF: 'as soon as possible',
  IT_STABILITY: 'waits for IT to be stable',
  PREDECESSOR: 'after the department before it',
  CAPACITY: 'waits for a free rollout slot',
};

/** Why an item starts when it does: its saved plan, or what held the scheduler back. */
export function startReason(item: RoadmapItem): string {
  return item.source === 'PLAN'
    ? 'saved plan'
    : `scheduled: ${CONSTRAINT_LABELS[item.constraint ?? 'AS_OF']}`;
}

/**
 * A plan created over the roadmap's capacity (domain §4), with the plans it
 * shares slot days with: "Over capacity: overlaps IT (2026-01-05 to
 * 2026-03-06)". Null when within capacity. `range` formats the days.
 */
export function overCapacityLine(
  item: RoadmapItem,
  range: (start: string, end: string) => string = (start, end) =>
    `${formatDate(start)} to ${formatDate(end)}`,
): string | null {
  if (!item.overCapacity) return null;
  const plans = item.overlappingPlans
    .map(
      (plan) =>
        `${plan.departmentName} (${range(plan.startDate, plan.goLiveDate)})`,
    )
    .join(', ');
  return plans ? `Over capacity: overlaps ${plans}` : 'Over capacity';
}

function gateLabel(name: string): string {
  return name === 'START'
    ? 'Start gate (IT stable)'
    : `Gate into ${phaseLabel(name as Parameters<typeof phaseLabel>[0]).toLowerCase()}`;
}

/** Each gate in one line: "Start gate (IT stable): holds" or with its reasons. */
export function gateLine(gate: RoadmapItem['gates'][number]): string {
  return `${gateLabel(gate.name)}: ${gate.holds ? 'holds' : (gate.reason ?? 'blocked')}`;
}

/**
 * One Gantt row per department, in roadmap order: its four phases (dashed
 * and lighter when only scheduled), go-live on day 61, and its gates — the
 * start gate on day 1 and the gate into the next phase where that phase begins.
 */
export function roadmapGanttRows(items: readonly RoadmapItem[]): GanttRow[] {
  return items.map((item) => {
    const markers: GanttMarker[] = [
      {
        key: 'go-live',
        date: item.goLiveDate,
        kind: 'milestone',
        label: `${item.department.name} goes live (day 61)`,
      },
    ];
    for (const gate of item.gates) {
      const date =
        gate.name === 'START'
          ? item.startDate
          : (item.phases.find((phase) => phase.name === gate.name)?.startDate ??
            item.startDate);
      // A plan that already started has passed its start gate: show only gates still ahead of it.
      if (gate.name === 'START' && item.source === 'PLAN') continue;
      markers.push({
        key: `gate-${gate.name}`,
        date,
        kind: gate.holds ? 'gate-open' : 'gate-blocked',
        label: gateLine(gate),
      });
    }
    return {
      key: item.department.id,
      label: `${item.order}. ${item.department.name}`,
      tentative: item.source === 'ROADMAP',
      bars: item.phases.map((phase) => ({
        key: phase.name,
        label: phaseLabel(phase.name),
        start: phase.startDate,
        end: phase.endDate,
        color: PHASE_COLORS[phase.name],
      })),
      markers,
      details: [
        {
          label: 'Starts',
          value: `${formatDate(item.startDate)} (${startReason(item)})`,
        },
        ...(item.overCapacity
          ? [{ label: 'Capacity', value: overCapacityLine(item)! }]
          : []),
        { label: 'Go-live', value: item.goLiveDate },
        { label: 'Day 90', value: item.endDate },
        ...item.gates.map((gate) => ({
          label: gateLabel(gate.name),
          value: gate.holds ? 'holds' : (gate.reason ?? 'blocked'),
        })),
      ],
    };
  });
}

export const ROADMAP_MARKER_LEGEND: readonly LegendItem[] = [
  {
    key: 'go-live',
    label: 'Go-live (day 61)',
    color: '#18212d',
    group: 'Markers',
  },
  { key: 'gate-open', label: 'Gate holds', color: '#0e7a4f', group: 'Markers' },
  {
    key: 'gate-blocked',
    label: 'Gate blocked',
    color: '#b42318',
    group: 'Markers',
  },
  {
    key: 'tentative',
    label: 'Scheduled, no plan yet (lighter, dashed)',
    color: '#4f7fdc',
    shape: 'dashed',
    group: 'Markers',
  },
  {
    key: 'today',
    label: 'Today',
    color: '#b42318',
    shape: 'dashed',
    group: 'Markers',
  },
];

/** Moves the id at `index` by `delta` places (−1 up, +1 down); out of range changes nothing. */
export function moveInOrder(
  order: readonly string[],
  index: number,
  delta: number,
): string[] {
  const target = index + delta;
  if (
    index < 0 ||
    index >= order.length ||
    target < 0 ||
    target >= order.length
  )
    return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** The schedule as CSV: raw dates and numbers, one row per department. */
export const SCHEDULE_CSV_COLUMNS: readonly CsvColumn<RoadmapItem>[] = [
  { header: 'order', value: (item) => item.order },
  { header: 'department', value: (item) => item.department.name },
  { header: 'kind', value: (item) => item.department.kind },
  { header: 'status', value: (item) => item.status },
  { header: 'source', value: (item) => item.source },
  { header: 'start_date', value: (item) => item.startDate },
  { header: 'go_live_date', value: (item) => item.goLiveDate },
  { header: 'end_date', value: (item) => item.endDate },
  { header: 'start_constraint', value: (item) => item.constraint },
  { header: 'over_capacity', value: (item) => item.overCapacity },
  { header: 'plan_status', value: (item) => item.planStatus },
  { header: 'current_phase', value: (item) => item.currentPhase },
  { header: 'annual_net_benefit', value: (item) => item.annualNetBenefit },
  { header: 'informal_share', value: (item) => item.informalShare },
  { header: 'priority_score', value: (item) => item.priorityScore },
  { header: 'gates', value: (item) => item.gates.map(gateLine).join(' | ') },
];
