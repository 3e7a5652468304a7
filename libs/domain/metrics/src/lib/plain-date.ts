import { formatEpochDay, parsePlainDate } from '@esm-planner/domain-audit';

// Plain dates are counted in UTC epoch days (days since 1970-01-01), as the
// audit library does: every UTC day has 24 hours, so stepping by days or
// weeks never lands on a local-time hole (date-fns' addDays works on local
// midnights and can skip or repeat a day in Pacific/Apia or Santiago).

const MS_PER_DAY = 86_400_000;

// One definition for every domain library: domain-audit's.
export { formatEpochDay, parsePlainDate };

/** The epoch day of the Monday on or before an epoch day. */
export function mondayOnOrBefore(epochDay: number): number {
  // 1970-01-01 (epoch day 0) was a Thursday, three days after a Monday.
  const sinceMonday = (((epochDay + 3) % 7) + 7) % 7;
  return epochDay - sinceMonday;
}

/** The epoch day of the first day of the calendar month of an epoch day. */
export function firstOfMonth(epochDay: number): number {
  const date = new Date(epochDay * MS_PER_DAY);
  return epochDay - (date.getUTCDate() - 1);
}

/** The epoch day of the first day of the following calendar month. */
export function firstOfNextMonth(epochDay: number): number {
  const date = new Date(epochDay * MS_PER_DAY);
  const next = new Date(0);
  next.setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return Math.round(next.getTime() / MS_PER_DAY);
}

/**
 * The plain date `days` days after `date` (before it when negative).
 * @throws RangeError when `date` is not an ISO plain date or `days` is not
 * an integer.
 */
export function addDays({
  date,
  days,
}: {
  date: string;
  days: number;
}): string {
  if (!Number.isInteger(days)) {
    throw new RangeError(`days must be an integer, got ${days}`);
  }
  return formatEpochDay(parsePlainDate(date, 'date') + days);
}
