import { formatEpochDay, parsePlainDate } from '@esm-planner/shared-util-dates';

/**
 * Complete pilot weeks with metrics (the gate into full rollout needs 2,
 * domain §4): Monday–Sunday weeks that start on or after the pilot's first
 * day, end before `asOf` (a week still running is not complete) and have
 * at least one request. A week that began before the pilot started is a
 * week of something else, not of the pilot, so a pilot starting on a
 * Wednesday counts from the Monday after. `weeks` are by their Monday;
 * repeated Mondays count once.
 */
export function pilotWeeksWithMetrics({
  pilotStart,
  asOf,
  weeks,
}: {
  pilotStart: string;
  asOf: string;
  weeks: readonly { weekStart: string; total: number }[];
}): number {
  const first = parsePlainDate(pilotStart, 'pilotStart');
  const at = parsePlainDate(asOf, 'asOf');
  const counted = new Set<string>();
  for (const week of weeks) {
    const monday = parsePlainDate(week.weekStart, 'weekStart');
    if (monday >= first && monday + 6 < at && week.total > 0)
      counted.add(formatEpochDay(monday));
  }
  return counted.size;
}
