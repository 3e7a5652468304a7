import {
  busiestDayCount,
  planSlotDates,
  RolloutSlot,
  slotsOverlap,
} from './rollout-slots';
import type { PlanOnCalendar } from './plan-start-check';

export type PlanCapacityVerdict<T> = {
  /** True when the plan was (or would now be) refused for capacity when it was created. */
  overCapacity: boolean;
  /** The other saved plans whose days 1–61 share a day with this plan's, by start; empty when within capacity. */
  overlapping: T[];
};

/**
 * Which saved plans break the roadmap's capacity (domain §4: a plan created
 * with allowOverCapacity says `overCapacity` on the roadmap). Plans are
 * judged in the order they were created, each against the ones created
 * before it, exactly as createRolloutPlan judged it: the plan that squeezed
 * in is the one flagged, not the one that was there first. Judged with
 * today's capacity, so raising the capacity clears the flag.
 */
export function plansOverCapacity<T extends PlanOnCalendar & { id: string }>({
  plansInCreationOrder,
  maxConcurrentRollouts,
}: {
  plansInCreationOrder: readonly T[];
  maxConcurrentRollouts: number;
}): Map<string, PlanCapacityVerdict<T>> {
  const slotted = plansInCreationOrder.map((plan) => ({
    plan,
    slot: planSlotDates(plan.startDate, plan.businessDays) as RolloutSlot,
  }));
  return new Map(
    slotted.map(({ plan, slot }, index) => {
      const earlier = slotted.slice(0, index).map((entry) => entry.slot);
      const overCapacity =
        busiestDayCount(earlier, slot) >= maxConcurrentRollouts;
      const overlapping = overCapacity
        ? slotted
            .filter(
              (other) =>
                other.plan.id !== plan.id && slotsOverlap(other.slot, slot),
            )
            .sort((a, b) =>
              a.slot.start < b.slot.start
                ? -1
                : a.slot.start > b.slot.start
                  ? 1
                  : 0,
            )
            .map((other) => other.plan)
        : [];
      return [plan.id, { overCapacity, overlapping }];
    }),
  );
}
