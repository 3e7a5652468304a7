import { planDayDate } from '@esm-planner/domain-rollout';

/** Plan day from which a department no longer holds a rollout slot: go-live (domain §4, §6). */
export const GO_LIVE_DAY = 61;
export const LAST_PLAN_DAY = 90;
export const DEFAULT_MAX_CONCURRENT_ROLLOUTS = 1;

/**
 * The days a plan occupies a rollout slot (domain §4 "Starting a plan"):
 * from its day 1 to its day 61 (go-live), both inclusive, as ISO dates.
 */
export type RolloutSlot = { start: string; goLive: string };

/** A plan's day 1, day 61 and day 90 (a business-day plan starting at a weekend begins on the Monday). */
export function planSlotDates(
  startDate: string,
  businessDays: boolean,
): RolloutSlot & { end: string } {
  return {
    start: planDayDate({ startDate, businessDays, day: 1 }),
    goLive: planDayDate({ startDate, businessDays, day: GO_LIVE_DAY }),
    end: planDayDate({ startDate, businessDays, day: LAST_PLAN_DAY }),
  };
}

/** Whether two slots share at least one day. */
export function slotsOverlap(a: RolloutSlot, b: RolloutSlot): boolean {
  return a.start <= b.goLive && a.goLive >= b.start;
}

/**
 * How many of `slots` occupy a slot on the busiest day of `candidate`'s
 * days 1–61 (the candidate itself not counted). The count can only rise
 * where a slot begins, so it is highest on the candidate's day 1 or on the
 * day 1 of a later slot inside its window.
 */
export function busiestDayCount(
  slots: readonly RolloutSlot[],
  candidate: RolloutSlot,
): number {
  const overlapping = slots.filter((slot) => slotsOverlap(slot, candidate));
  const points = [
    candidate.start,
    ...overlapping
      .map((slot) => slot.start)
      .filter((start) => start > candidate.start),
  ];
  return Math.max(
    0,
    ...points.map(
      (point) =>
        overlapping.filter(
          (slot) => slot.start <= point && slot.goLive >= point,
        ).length,
    ),
  );
}
