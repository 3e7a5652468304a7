import { toEpochDay } from '@esm-planner/domain-audit';

// Plan dates are counted in UTC epoch days (days since 1970-01-01), as the
// audit library does: every UTC day has 24 hours, so adding days never lands
// on a local-time hole (date-fns' addDays works on local midnights and can
// skip or repeat a day in zones such as Pacific/Apia or America/Santiago).

const MS_PER_DAY = 86_400_000;
// toEpochDay reads four-digit years only, so formatting stays in that range.
const MIN_EPOCH_DAY = toEpochDay('0000-01-01')!;
const MAX_EPOCH_DAY = toEpochDay('9999-12-31')!;

/**
 * Epoch day of an ISO plain date; throws a RangeError naming `field` when
 * the text is not one (wrong shape, or a day the calendar lacks).
 */
export function parsePlainDate(value: string, field: string): number {
  const epochDay = typeof value === 'string' ? toEpochDay(value) : null;
  if (epochDay === null) {
    throw new RangeError(
      `${field} must be a date YYYY-MM-DD: ${String(value)}`,
    );
  }
  return epochDay;
}

/** The ISO plain date `YYYY-MM-DD` of an epoch day. */
export function formatEpochDay(epochDay: number): string {
  if (
    !Number.isInteger(epochDay) ||
    epochDay < MIN_EPOCH_DAY ||
    epochDay > MAX_EPOCH_DAY
  ) {
    throw new RangeError(`no plain date for epoch day ${epochDay}`);
  }
  const date = new Date(epochDay * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

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
