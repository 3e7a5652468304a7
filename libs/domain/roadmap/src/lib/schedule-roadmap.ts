import type { DepartmentKind } from '@esm-planner/domain-departments';
import { earliestFittingStart } from './plan-start-check';
import {
  DEFAULT_MAX_CONCURRENT_ROLLOUTS,
  planSlotDates as datesOf,
  RolloutSlot,
} from './rollout-slots';

export type RoadmapDepartment = {
  departmentId: string;
  kind: DepartmentKind;
  /** The department's saved plan; it keeps its dates. Null: the roadmap places one. */
  plan: { startDate: string; businessDays: boolean } | null;
};

/** Why an unscheduled department starts when it does. */
export type StartConstraint =
  'AS_OF' | 'IT_STABILITY' | 'PREDECESSOR' | 'CAPACITY';

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
    throw new RangeError(
      `maxConcurrentRollouts must be a whole number ≥ 1, got ${maxConcurrentRollouts}`,
    );
  }
  const slots: RolloutSlot[] = departments.flatMap(({ plan }) =>
    plan ? [datesOf(plan.startDate, plan.businessDays)] : [],
  );
  let previousStart: string | null = null;
  return departments.map((department, index) => {
    const order = index + 1;
    if (department.plan) {
      const dates = datesOf(
        department.plan.startDate,
        department.plan.businessDays,
      );
      previousStart =
        previousStart === null
          ? dates.start
          : later(previousStart, dates.start);
      const { start, goLive, end } = dates;
      return {
        departmentId: department.departmentId,
        order,
        startDate: start,
        goLiveDate: goLive,
        endDate: end,
        businessDays: department.plan.businessDays,
        source: 'PLAN',
        constraint: null,
      };
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
    const start = earliestFittingStart({
      slots,
      from: earliest,
      businessDays,
      maxConcurrentRollouts,
    });
    if (start !== earliest) constraint = 'CAPACITY';
    const dates = datesOf(start, businessDays);
    slots.push(dates);
    previousStart = later(previousStart ?? dates.start, dates.start);
    return {
      departmentId: department.departmentId,
      order,
      startDate: dates.start,
      goLiveDate: dates.goLive,
      endDate: dates.end,
      businessDays,
      source: 'ROADMAP',
      constraint,
    };
  });
}
