import { TestApi } from './test-api';
import { importText } from './imports';

export const PLAN_FIELDS = `id departmentId startDate businessDays asOf dayNumber currentPhase phaseByDate status departmentStatus
  progress expectedProgress scheduleVariance goLiveDate endDate phases { name startDate endDate }
  tasks { id title phase owner dueDate dueDateSet done overdue position standardKey } gate { name holds reasons }`;

export const CREATE_PLAN = `mutation($departmentId: ID!, $startDate: Date, $businessDays: Boolean, $allowOverCapacity: Boolean) {
  createRolloutPlan(departmentId: $departmentId, startDate: $startDate, businessDays: $businessDays, allowOverCapacity: $allowOverCapacity) {
    ${PLAN_FIELDS} allowOverCapacity } }`;
export const PLAN = `query($departmentId: ID!, $asOf: Date) { rolloutPlan(departmentId: $departmentId, asOf: $asOf) { ${PLAN_FIELDS} } }`;
export const ADVANCE = `mutation($planId: ID!) { advancePhase(planId: $planId) { ${PLAN_FIELDS} } }`;
export const SET_DONE = `mutation($taskId: ID!, $done: Boolean!) { setTaskDone(taskId: $taskId, done: $done) { id done overdue } }`;

const DAY_MS = 86_400_000;

/** The UTC date `days` from today (test organisations keep the default time zone, UTC). */
export function utcDate(days = 0, now = new Date()): string {
  return new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) +
      days * DAY_MS,
  )
    .toISOString()
    .slice(0, 10);
}

/** The Monday of the current UTC week, `weeks` weeks from now (negative = earlier). */
export function monday(weeks = 0, now = new Date()): string {
  const offset = (now.getUTCDay() + 6) % 7;
  return utcDate(weeks * 7 - offset, now);
}

/** Imports weekly metrics (data format 3) for one department: [weeks from this Monday, total, deflected]. */
export async function importWeeks(
  api: TestApi,
  organizationId: string,
  department: string,
  weeks: [number, number, number][],
): Promise<void> {
  const lines = ['department,week_start,total,deflected,no_touch,resolved'];
  for (const [offset, total, deflected] of weeks)
    lines.push(
      `${department},${monday(offset)},${total},${deflected},${Math.floor(deflected / 2)},${total}`,
    );
  const job = await importText(api, {
    organizationId,
    kind: 'METRICS',
    csv: `${lines.join('\n')}\n`,
  });
  if (job.status !== 'SUCCEEDED')
    throw new Error(`weekly import failed: ${JSON.stringify(job)}`);
}

/**
 * IT weeks −21 … −1 from this Monday: six unsettled weeks (−21 … −16, rates
 * 0.20–0.70), then fifteen settled ones at 0.60 ± 0.01. IT is therefore not
 * stable on the Monday of week −15 (its window is the unsettled weeks) and
 * stable from the Monday of week −9 (window −15 … −10) on.
 */
export const IT_WEEKS: [number, number, number][] = [
  ...[20, 70, 35, 60, 25, 50].map(
    (deflected, index): [number, number, number] => [
      -21 + index,
      100,
      deflected,
    ],
  ),
  ...Array.from({ length: 15 }, (_, index): [number, number, number] => [
    -15 + index,
    200,
    index % 2 === 0 ? 118 : 122,
  ]),
];
