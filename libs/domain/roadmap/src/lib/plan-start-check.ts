import { addDays } from '@esm-planner/shared-util-dates';
import {
  busiestDayCount,
  planSlotDates,
  RolloutSlot,
  slotsOverlap,
} from './rollout-slots';

/** A saved plan as far as capacity goes: when it starts and how it counts its days. */
export type PlanOnCalendar = { startDate: string; businessDays: boolean };

/**
 * The first date from `from` on whose plan (counted in calendar or business
 * days) leaves fewer than `maxConcurrentRollouts` of `slots` occupying a
 * slot on every one of its days 1–61. Only `from` and the day after each
 * slot's go-live can be that date: moving a start later drops a slot from
 * its window only once the start passes that slot's go-live.
 */
export function earliestFittingStart({
  slots,
  from,
  businessDays,
  maxConcurrentRollouts,
}: {
  slots: readonly RolloutSlot[];
  from: string;
  businessDays: boolean;
  maxConcurrentRollouts: number;
}): string {
  const candidates = [
    from,
    ...slots
      .map((slot) => addDays({ date: slot.goLive, days: 1 }))
      .filter((date) => date > from),
  ].sort();
  // The day after the last go-live always fits (nothing occupies a slot then), so find never fails.
  return candidates.find(
    (date) =>
      busiestDayCount(slots, planSlotDates(date, businessDays)) <
      maxConcurrentRollouts,
  )!;
}

export type PlanStartCheck<T extends PlanOnCalendar> = {
  /** Day 1, day 61 (go-live) and day 90 of the asked plan. */
  start: string;
  goLive: string;
  end: string;
  /** True when the plan keeps within maxConcurrentRollouts on all its days 1–61. */
  fits: boolean;
  /** The saved plans whose days 1–61 share a day with the asked plan's, earliest first. */
  overlapping: (T & RolloutSlot)[];
  /** Day 1 of the first plan from the asked date on that fits; equals `start` when it fits. */
  earliestStart: string;
};

/**
 * Whether a new plan from `startDate` respects the roadmap's capacity
 * (domain §4 "Starting a plan"): it may not leave more than
 * `maxConcurrentRollouts` plans occupying a slot (days 1–61) on any of its
 * own days 1–61. Saved plans count whatever they are, even ones created
 * over capacity. When it does not fit, `earliestStart` is day 1 of the
 * first start from the asked date on that does (for a business-day plan a
 * working day: a start at a weekend would begin on the Monday anyway).
 */
export function checkPlanStart<T extends PlanOnCalendar>({
  startDate,
  businessDays,
  plans,
  maxConcurrentRollouts,
}: {
  startDate: string;
  businessDays: boolean;
  plans: readonly T[];
  maxConcurrentRollouts: number;
}): PlanStartCheck<T> {
  if (!Number.isInteger(maxConcurrentRollouts) || maxConcurrentRollouts < 1) {
    throw new RangeError(
      `maxConcurrentRollouts must be a whole number ≥ 1, got ${maxConcurrentRollouts}`,
    );
  }
  const asked = planSlotDates(startDate, businessDays);
  const slotted = plans.map((plan) => {
    const { start, goLive } = planSlotDates(plan.startDate, plan.businessDays);
    return { ...plan, start, goLive };
  });
  const fits = busiestDayCount(slotted, asked) < maxConcurrentRollouts;
  const overlapping = slotted
    .filter((slot) => slotsOverlap(slot, asked))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const earliest = fits
    ? asked.start
    : planSlotDates(
        earliestFittingStart({
          slots: slotted,
          from: startDate,
          businessDays,
          maxConcurrentRollouts,
        }),
        businessDays,
      ).start;
  return { ...asked, fits, overlapping, earliestStart: earliest };
}
