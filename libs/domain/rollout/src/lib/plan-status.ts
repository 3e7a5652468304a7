import { PLAN_DAYS } from './rollout-phase';

/** Where a plan stands at a date (domain §4). */
export const PLAN_STATUSES = [
  'NOT_STARTED',
  'ON_TRACK',
  'AT_RISK',
  'LATE',
  'DONE',
] as const;

export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Below this schedule variance a plan is AT_RISK (strictly below). */
export const AT_RISK_VARIANCE = -0.1;
/** Below this schedule variance a plan is LATE (strictly below). */
export const LATE_VARIANCE = -0.25;

/**
 * The status of a plan, first match wins:
 * 1. DONE — the plan has tasks and every one is done (even early or late);
 * 2. NOT_STARTED — day 1 has not come (dayNumber < 1), whatever is done;
 * 3. LATE — scheduleVariance < −0.25, or past day 90 and not done;
 * 4. AT_RISK — scheduleVariance < −0.10, or any task overdue;
 * 5. ON_TRACK.
 * Both thresholds are strict: exactly −0.10 is ON_TRACK, exactly −0.25
 * AT_RISK. A plan without tasks (variance null) is never DONE.
 */
export function planStatus({
  dayNumber,
  allDone,
  scheduleVariance,
  anyOverdue,
}: {
  dayNumber: number;
  allDone: boolean;
  scheduleVariance: number | null;
  anyOverdue: boolean;
}): PlanStatus {
  if (allDone) return 'DONE';
  if (dayNumber < 1) return 'NOT_STARTED';
  const variance = scheduleVariance ?? 0;
  if (dayNumber > PLAN_DAYS || variance < LATE_VARIANCE) return 'LATE';
  if (variance < AT_RISK_VARIANCE || anyOverdue) return 'AT_RISK';
  return 'ON_TRACK';
}
