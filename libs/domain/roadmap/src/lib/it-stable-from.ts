import { periodStartOfDate } from '@esm-planner/domain-metrics';
import { addDays } from '@esm-planner/shared-util-dates';
import { itStability, ItWeekInput } from './it-stability';
import { ItStabilityThresholds } from './it-stability-thresholds';

/** From when non-IT departments may start their plans, as far as IT stability goes. */
export type ItStableFrom = {
  /** The date (ISO) from which IT is, or is projected to be, stable. */
  date: string;
  /** False when IT is stable at asOf; true when the date is a projection. */
  projected: boolean;
  /** How the projection was made, in plain words; null when IT is stable. */
  note: string | null;
};

const MAX_WEEKS_AHEAD = 6;

/**
 * The earliest date IT could be stable (domain §6), for the scheduler.
 * Stable at asOf: asOf itself. Otherwise the verdict can only change on a
 * Monday (when another week completes), so the projection tries the next
 * six Mondays, assuming every week from asOf's week on repeats IT's last
 * complete week (the best guess of what comes next, with no trend
 * invented): the first Monday whose window is then stable is the date.
 * When even that never holds — the last week itself misses a threshold, or
 * there is no data — the date is the sixth Monday, the first whose window
 * is made only of weeks still to come, i.e. the earliest IT could be stable
 * if every coming week meets the thresholds.
 */
export function itStableFrom({
  asOf,
  weeks,
  thresholds,
}: {
  asOf: string;
  weeks: readonly ItWeekInput[];
  thresholds?: Partial<ItStabilityThresholds>;
}): ItStableFrom {
  const now = itStability({ asOf, weeks, thresholds });
  if (now.stable) return { date: asOf, projected: false, note: null };
  const monday = periodStartOfDate({ date: asOf, grain: 'WEEK' });
  const known = weeks.filter((week) => week.weekStart < monday);
  const last = now.weeks[now.weeks.length - 1];
  for (let ahead = 1; ahead <= MAX_WEEKS_AHEAD; ahead += 1) {
    const date = addDays({ date: monday, days: 7 * ahead });
    const projected = Array.from({ length: ahead }, (_, index) => ({
      weekStart: addDays({ date: monday, days: 7 * index }),
      total: last.total,
      deflected: last.deflected,
    }));
    if (
      itStability({ asOf: date, weeks: [...known, ...projected], thresholds })
        .stable
    ) {
      return {
        date,
        projected: true,
        note: `projected: IT would be stable on ${date} if every week from ${monday} repeats the week of ${last.weekStart}`,
      };
    }
  }
  const date = addDays({ date: monday, days: 7 * MAX_WEEKS_AHEAD });
  return {
    date,
    projected: true,
    note: `projected: IT needs six complete weeks that meet the thresholds, so ${date} at the earliest`,
  };
}
