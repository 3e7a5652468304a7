// Working days (Monday to Friday) of plain dates counted in UTC epoch days,
// as plain-date.ts counts them, so no local-time hole can skip or repeat one.

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
