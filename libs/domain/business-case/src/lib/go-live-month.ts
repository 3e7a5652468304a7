import { toEpochDay } from '@esm-planner/shared-util-dates';

/** Days in a mean month: the Julian year over 12, as the audit uses. */
export const DAYS_PER_MONTH = 365.25 / 12;

/**
 * The case month in which a department's deflection starts: day 61 of its
 * 90-day plan (the start of FULL_ROLLOUT_AND_EXPAND), counted from the
 * programme start: `1 + floor(d / (365.25 / 12))`, d = days from
 * `programmeStart` to `day61Date`. Both are ISO plain dates `YYYY-MM-DD`;
 * days are counted on the calendar (UTC day numbers), so time zones and
 * daylight saving cannot shift them.
 * @throws RangeError for a text that is not a plain date, or a day 61
 * before the programme start (the roadmap would be inconsistent).
 */
export function goLiveMonthFromPlan({
  programmeStart,
  day61Date,
}: {
  programmeStart: string;
  day61Date: string;
}): number {
  const start = toEpochDay(programmeStart);
  const day61 = toEpochDay(day61Date);
  if (start === null) {
    throw new RangeError(`programmeStart is not a date: ${programmeStart}`);
  }
  if (day61 === null) {
    throw new RangeError(`day61Date is not a date: ${day61Date}`);
  }
  const days = day61 - start;
  if (days < 0) {
    throw new RangeError(
      `day 61 (${day61Date}) is before the programme start (${programmeStart})`,
    );
  }
  return 1 + Math.floor(days / DAYS_PER_MONTH);
}
