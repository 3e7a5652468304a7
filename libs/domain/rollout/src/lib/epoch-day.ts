import { formatEpochDay, parsePlainDate } from '@esm-planner/domain-audit';

// Plan dates are counted in UTC epoch days (days since 1970-01-01), as the
// audit library does: every UTC day has 24 hours, so adding days never lands
// on a local-time hole (date-fns' addDays works on local midnights and can
// skip or repeat a day in zones such as Pacific/Apia or America/Santiago).

// One definition for every domain library: domain-audit's.
export { formatEpochDay, parsePlainDate };

// Days since Monday 1969-12-29: 1970-01-01 (epoch day 0) was a Thursday.
function daysSinceMonday(epochDay: number): number {
  return epochDay + 3;
}

/** True for Monday to Friday. */
export function isWorkingDay(epochDay: number): boolean {
  return ((daysSinceMonday(epochDay) % 7) + 7) % 7 < 5;
}

/**
 * A running count of working days (Mon–Fri): each weekday is one more than
 * the weekday before it, and a Saturday or Sunday has the number of the
 * Friday before it. The difference of two ordinals counts working days.
 */
export function workingDayOrdinal(epochDay: number): number {
  const sinceMonday = daysSinceMonday(epochDay);
  const week = Math.floor(sinceMonday / 7);
  const weekday = sinceMonday - week * 7; // 0 = Monday … 6 = Sunday
  return week * 5 + Math.min(weekday, 4) + 1;
}

/** The working day whose ordinal is `ordinal` (inverse of workingDayOrdinal). */
export function workingDayOfOrdinal(ordinal: number): number {
  const week = Math.floor((ordinal - 1) / 5);
  const weekday = ordinal - 1 - week * 5;
  return week * 7 + weekday - 3;
}
