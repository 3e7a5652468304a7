import type { DepartmentKind } from '@esm-planner/domain-departments';
import { addDays } from '@esm-planner/shared-util-dates';
import { planDayDate } from '@esm-planner/domain-rollout';

/** Plan day from which a department no longer holds a rollout slot: go-live (domain §4, §6). */
export const GO_LIVE_DAY = 61;
export const LAST_PLAN_DAY = 90;
export const DEFAULT_MAX_CONCURRENT_ROLLOUTS = 1;

export type RoadmapDepartment = {
  departmentId: string;
  kind: DepartmentKind;
  /** The department's saved plan; it keeps its dates. Null: the roadmap places one. */
  plan: { startDate: string; businessDays: boolean } | null;
};

/** Why an unscheduled department starts when it does. */
export type StartConstraint = 'AS_OF' | 'IT_STABILITY' | 'PREDECESSOR' | 'CAPACITY';

export type ScheduledDepartment = {
  departmentId: string;
  /** 1-based position in the roadmap's order. */
  order: number;
  startDate: string;
  /** Day 61: full rollout (go-live). */
  goLiveDate: string;
  /** Day 90: the plan's last day. */
  endDate: string;
  businessDays: boolean;
  /** PLAN: the department's saved plan; ROADMAP: placed by the scheduler. */
  source: 'PLAN' | 'ROADMAP';
  /** What decided a ROADMAP start date; null for saved plans. */
  constraint: StartConstraint | null;
};

type Slot = { start: string; goLive: string };

function datesOf(startDate: string, businessDays: boolean): Slot & { end: string } {
  return {
    start: businessDays ? planDayDate({ startDate, businessDays, day: 1 }) : startDate,
    goLive: planDayDate({ startDate, businessDays, day: GO_LIVE_DAY }),
    end: planDayDate({ startDate, businessDays, day: LAST_PLAN_DAY }),
  };
}

// How many slots are taken at the busiest moment of [start, goLive]: the
// count is highest at the start of the candidate or at a later slot's start.
function busiest(slots: readonly Slot[], candidate: Slot): number {
  const overlapping = slots.filter((slot) => slot.start <= candidate.goLive && slot.goLive >= candidate.start);
  const points = [candidate.start, ...overlapping.map((slot) => slot.start).filter((start) => start > candidate.start)];
  return Math.max(0, ...points.map((point) => overlapping.filter((slot) => slot.start <= point && slot.goLive >= point).length));
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

/**
 * Places every department's 90-day plan (domain §6), in roadmap order.
 * - A department with a saved plan keeps its dates.
 * - Any other starts on the earliest date that is (a) not before asOf,
 *   (b) not before `itStableFrom` unless it is IT, (c) not before the
 *   start of the department before it in the order (nobody overtakes), and
 *   (d) leaves at most `maxConcurrentRollouts` plans between their day 1
 *   and their day 61 on any date. A plan frees its slot the day after its
 *   go-live (day 61): its days 61–90 are the rollout to everyone, which
 *   overlaps the next department's audit ("start the audit of the next
 *   department"). With capacity 1 that is exactly "after its
 *   predecessor's day 61".
 * Saved plans take their slots whatever the capacity (they exist); new
 * plans are placed in calendar days, or business days when `businessDays`.
 */
export function scheduleRoadmap({
  asOf,
  departments,
  maxConcurrentRollouts = DEFAULT_MAX_CONCURRENT_ROLLOUTS,
  itStableFrom,
  businessDays = false,
}: {
  asOf: string;
  departments: readonly RoadmapDepartment[];
  maxConcurrentRollouts?: number;
  itStableFrom: string;
  businessDays?: boolean;
}): ScheduledDepartment[] {
  if (!Number.isInteger(maxConcurrentRollouts) || maxConcurrentRollouts < 1) {
    throw new RangeError(`maxConcurrentRollouts must be a whole number ≥ 1, got ${maxConcurrentRollouts}`);
  }
  const slots: Slot[] = departments.flatMap(({ plan }) => (plan ? [datesOf(plan.startDate, plan.businessDays)] : []));
  let previousStart: string | null = null;
  return departments.map((department, index) => {
    const order = index + 1;
    if (department.plan) {
      const dates = datesOf(department.plan.startDate, department.plan.businessDays);
      previousStart = previousStart === null ? dates.start : later(previousStart, dates.start);
      const { start, goLive, end } = dates;
      return { departmentId: department.departmentId, order, startDate: start, goLiveDate: goLive, endDate: end, businessDays: department.plan.businessDays, source: 'PLAN', constraint: null };
    }
    let earliest = asOf;
    let constraint: StartConstraint = 'AS_OF';
    if (department.kind !== 'IT' && itStableFrom > earliest) {
      earliest = itStableFrom;
      constraint = 'IT_STABILITY';
    }
    if (previousStart !== null && previousStart > earliest) {
      earliest = previousStart;
      constraint = 'PREDECESSOR';
    }
    const candidates = [earliest, ...slots.map((slot) => addDays({ date: slot.goLive, days: 1 })).filter((date) => date > earliest)].sort();
    const start = candidates.find((date) => busiest(slots, datesOf(date, businessDays)) < maxConcurrentRollouts)!;
    if (start !== earliest) constraint = 'CAPACITY';
    const dates = datesOf(start, businessDays);
    slots.push(dates);
    previousStart = later(previousStart ?? dates.start, dates.start);
    return { departmentId: department.departmentId, order, startDate: dates.start, goLiveDate: dates.goLive, endDate: dates.end, businessDays, source: 'ROADMAP', constraint };
  });
}
