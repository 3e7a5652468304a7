import type {
  PlanStatus,
  RolloutPhase,
} from '@esm-planner/dashboard-data-access-graphql';
import type { BadgeTone } from '@esm-planner/dashboard-ui';
import {
  formatCountOf,
  PLAN_STATUS_LABELS,
  ROLLOUT_PHASE_LABELS,
} from '@esm-planner/shared-util-format';

export const ROLLOUT_PHASES: readonly RolloutPhase[] = [
  'AUDIT_AND_DESIGN',
  'BUILD_AND_CONFIGURE',
  'PILOT_AND_MEASURE',
  'FULL_ROLLOUT_AND_EXPAND',
];

// The shared dictionary, checked against the API's enums.
const PHASE_LABELS: Readonly<Record<RolloutPhase, string>> =
  ROLLOUT_PHASE_LABELS;

const PHASE_DAYS: Readonly<Record<RolloutPhase, string>> = {
  AUDIT_AND_DESIGN: 'days 1–15',
  BUILD_AND_CONFIGURE: 'days 16–30',
  PILOT_AND_MEASURE: 'days 31–60',
  FULL_ROLLOUT_AND_EXPAND: 'days 61–90',
};

// One hue per phase, light to dark along the plan, distinguishable in the
// legend and readable against white (the markers sit on top in dark tones).
export const PHASE_COLORS: Readonly<Record<RolloutPhase, string>> = {
  AUDIT_AND_DESIGN: '#9db8ea',
  BUILD_AND_CONFIGURE: '#4f7fdc',
  PILOT_AND_MEASURE: '#e3a15c',
  FULL_ROLLOUT_AND_EXPAND: '#4fa57d',
};

const STATUS_LABELS: Readonly<Record<PlanStatus, string>> = PLAN_STATUS_LABELS;

const STATUS_TONES: Readonly<Record<PlanStatus, BadgeTone>> = {
  NOT_STARTED: 'neutral',
  ON_TRACK: 'info',
  AT_RISK: 'warning',
  LATE: 'danger',
  DONE: 'success',
};

export function phaseLabel(phase: RolloutPhase): string {
  return PHASE_LABELS[phase];
}

export function phaseDaysLabel(phase: RolloutPhase): string {
  return PHASE_DAYS[phase];
}

export function planStatusLabel(status: PlanStatus): string {
  return STATUS_LABELS[status];
}

export function planStatusTone(status: PlanStatus): BadgeTone {
  return STATUS_TONES[status];
}

/** "Day 56 of 90", "Starts in 3 days", "Day 91: past day 90". */
export function dayLabel(dayNumber: number): string {
  if (dayNumber < 1) {
    const days = 1 - dayNumber;
    return `Starts in ${days} ${days === 1 ? 'day' : 'days'}`;
  }
  if (dayNumber > 90) return `Day ${dayNumber}: past day 90`;
  return `Day ${dayNumber} of 90`;
}

/** How far ahead or behind, in tasks: "2 tasks behind schedule", "on schedule". */
export function varianceLabel(
  variance: number | null,
  taskCount: number,
): string {
  if (variance === null) return 'no tasks yet';
  const tasks = Math.round(variance * taskCount);
  if (tasks === 0) return 'on schedule';
  const count = Math.abs(tasks);
  return `${count} ${count === 1 ? 'task' : 'tasks'} ${tasks > 0 ? 'ahead of' : 'behind'} schedule`;
}

/**
 * Why a plan has its status, in the domain's order (plan-status.ts): "At risk:
 * 1 task overdue" rather than "At risk" beside "(on schedule)".
 */
export function planStatusReason(plan: {
  status: PlanStatus;
  dayNumber: number;
  scheduleVariance: number | null;
  tasks: readonly { overdue: boolean }[];
}): string {
  const overdue = plan.tasks.filter((task) => task.overdue).length;
  const variance = varianceLabel(plan.scheduleVariance, plan.tasks.length);
  switch (plan.status) {
    case 'DONE':
      return 'every task done';
    case 'NOT_STARTED':
      return dayLabel(plan.dayNumber).toLowerCase();
    case 'LATE':
      return plan.dayNumber > 90 ? 'past day 90 with tasks not done' : variance;
    case 'AT_RISK':
      return overdue > 0
        ? `${formatCountOf(overdue, 'task', 'tasks')} overdue`
        : variance;
    default:
      return variance;
  }
}

/** "At risk: 1 task overdue", "On track: on schedule". */
export function planStatusText(
  plan: Parameters<typeof planStatusReason>[0],
): string {
  return `${STATUS_LABELS[plan.status]}: ${planStatusReason(plan)}`;
}

/** "Move to Build and configure" for the next phase's button. */
export function advanceLabel(next: RolloutPhase): string {
  return `Advance to ${PHASE_LABELS[next].toLowerCase()}`;
}
